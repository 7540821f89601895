import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContent } from '../../../src/integrations/content-check/read-content';
import { tinyContentSet as fixture } from '../../helpers/content-set';
import {
	findAddedEventsMissingFromPhasePage,
	findAmountsWithoutSourceOrSpeaker,
	findCommissionerGaps,
	findEventsWithoutSources,
	findUnknownGlossaryTerms,
	findUnknownOrganisations,
} from './content-rules';

const project = fileURLToPath(new URL('../../../', import.meta.url));
const { content, problems } = readContent(join(project, 'content'), project);

describe('the real content keeps its promises', () => {
	test('reads without problems, and has the events and pages the rules run on', () => {
		// Invalid entries are left out of `content`, so the rules below would pass over them: the check's own problems must be empty.
		expect(problems).toEqual([]);
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

describe('the record of who bought care and of what was added', () => {
	test('the real content has the three bodies and the ten events this round added', () => {
		expect(content.commissioners.map((body) => body.id)).toEqual(['pcts', 'ccgs', 'icbs']);
		expect(content.events.filter((event) => event.data.added)).toHaveLength(10);
	});

	test('the commissioning bodies hand over on consecutive days, with only the last still in being', () => {
		expect(findCommissionerGaps(content)).toEqual([]);
		const body = (id: string, start: string, end?: string) => ({
			id,
			file: 'commissioners.yaml',
			prefix: id,
			data: { id, start: { date: start, source: { source: 's' } }, ...(end ? { end: { date: end, source: { source: 's' } } } : {}) },
		});
		const bad = fixture();
		bad.commissioners = [body('a', '2000-04-01', '2013-03-31'), body('b', '2013-04-02', '2022-06-30'), body('c', '2022-06-01'), body('d', '2023-01-01')];
		expect(findCommissionerGaps(bad)).toEqual([
			'commissioners.yaml: a ends on 2013-03-31 but b starts on 2013-04-02',
			'commissioners.yaml: b ends on 2022-06-30 but c starts on 2022-06-01',
			'commissioners.yaml: c has no end, but d follows it',
		]);
	});

	test('every event added after launch is told on its phase page', () => {
		expect(findAddedEventsMissingFromPhasePage(content)).toEqual([]);
		const bad = fixture();
		bad.events[0]!.data.added = '2026-11-30';
		expect(findAddedEventsMissingFromPhasePage(bad)).toEqual([
			'events/e.yaml: added on 2026-11-30, but its phase page "p" cites none of its sources',
		]);
		bad.prose.push({ file: 'phases/p.mdx', kind: 'source', id: 's', line: 2, start: 0, end: 0 });
		expect(findAddedEventsMissingFromPhasePage(bad)).toEqual([]);
	});
});
