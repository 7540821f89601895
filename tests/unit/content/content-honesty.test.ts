import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContent } from '../../../src/integrations/content-check/read-content';
import { tinyContentSet as fixture } from '../../helpers/content-set';
import {
	findAmountsWithoutSourceOrSpeaker,
	findEventsWithoutSources,
	findUnknownGlossaryTerms,
	findUnknownOrganisations,
} from './content-rules';

const project = fileURLToPath(new URL('../../../', import.meta.url));
const { content } = readContent(join(project, 'content'), project);

describe('the real content keeps its promises', () => {
	test('reads without problems, and has the events and pages the rules run on', () => {
		expect(content.events.length).toBeGreaterThanOrEqual(22);
		expect(content.phases.length).toBe(6);
	});

	test('every event has a source', () => {
		expect(findEventsWithoutSources(content)).toEqual([]);
		const bad = fixture();
		bad.events[0]!.data.sources = [];
		expect(findEventsWithoutSources(bad)).toEqual(['events/e.yaml: has no source']);
	});

	test('every figure has a source and says who gave it', () => {
		expect(findAmountsWithoutSourceOrSpeaker(content)).toEqual([]);
		const bad = fixture();
		const amount = bad.events[0]!.data.amounts[0]!;
		amount.saidBy = '';
		amount.source = { source: '' };
		expect(findAmountsWithoutSourceOrSpeaker(bad)).toEqual([
			'events/e.yaml: amounts[0] has no source',
			'events/e.yaml: amounts[0] does not say who gave the figure',
		]);
	});

	test('every glossary term used on a page exists', () => {
		expect(findUnknownGlossaryTerms(content)).toEqual([]);
		const bad = fixture();
		bad.prose.push({ file: 'phases/p.mdx', kind: 'glossary', id: 'ccg', line: 3, start: 0, end: 0 });
		expect(findUnknownGlossaryTerms(bad)).toEqual(['phases/p.mdx:3: <Term id="ccg"> is not in the glossary']);
	});

	test('every organisation referenced exists', () => {
		expect(findUnknownOrganisations(content)).toEqual([]);
		const bad = fixture();
		bad.events[0]!.data.actors.push('nobody');
		bad.events[0]!.data.amounts[0]!.saidBy = 'someone';
		expect(findUnknownOrganisations(bad)).toEqual([
			'events/e.yaml: actors[1]: unknown organisation "nobody"',
			'events/e.yaml: amounts[0].saidBy: unknown organisation "someone"',
		]);
	});
});
