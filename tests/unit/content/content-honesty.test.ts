import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContent } from '../../../src/integrations/content-check/read-content';
import type { ContentSet } from '../../../src/lib/content-integrity';
import {
	explainedAcronyms,
	findAcronyms,
	findAcronymsNotMarkedAtFirstUse,
	findAmountsWithoutSourceOrSpeaker,
	findEventsWithoutSources,
	findOrganisationAbbreviationsBeforeName,
	findUnexplainedAcronyms,
	findUnknownGlossaryTerms,
	findUnknownOrganisations,
	type PageText,
} from './content-rules';

const project = fileURLToPath(new URL('../../../', import.meta.url));
const { content } = readContent(join(project, 'content'), project);
const pages: PageText[] = content.phases.map((phase) => ({
	file: phase.file,
	text: readFileSync(join(project, phase.file), 'utf8'),
}));

/** A tiny, valid content set that each bad case below breaks in one way. */
function fixture(): ContentSet {
	return {
		phases: [
			{
				id: 'p',
				file: 'phases/p.mdx',
				data: { title: 'P', shortTitle: 'P', order: 1, summary: 'S', commissioner: 'pcts' },
			},
		],
		events: [
			{
				id: 'e',
				file: 'events/e.yaml',
				data: {
					title: 'The advert',
					date: '2006-06',
					phase: 'p',
					kind: 'procurement',
					summary: 'The Primary Care Trusts bought care.',
					actors: ['pcts'],
					followedBy: [],
					amounts: [
						{ value: 1, unit: 'GBP', about: 'x', saidBy: 'pcts', estimate: false, source: { source: 's' } },
					],
					sources: [{ source: 's' }],
				},
			},
		],
		sources: [],
		organisations: [
			{
				id: 'pcts',
				file: 'organisations.yaml',
				prefix: 'pcts',
				data: { id: 'pcts', name: 'Primary Care Trusts', abbreviation: 'PCT', kind: 'public-body', aliases: [], description: 'd' },
			},
		],
		glossary: [
			{
				id: 'pct',
				file: 'glossary.yaml',
				prefix: 'pct',
				data: { id: 'pct', term: 'Primary Care Trust', abbreviation: 'PCT', definition: 'd', related: [], aliases: [] },
			},
		],
		prose: [{ file: 'phases/p.mdx', kind: 'glossary', id: 'pct', line: 1 }],
	};
}

describe('the real content keeps its promises', () => {
	test('reads without problems, and has the events and pages the rules run on', () => {
		expect(content.events.length).toBeGreaterThanOrEqual(22);
		expect(pages.length).toBe(6);
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
		bad.prose.push({ file: 'phases/p.mdx', kind: 'glossary', id: 'ccg', line: 3 });
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

	test('no page or event uses an acronym that nothing explains', () => {
		expect(findUnexplainedAcronyms(pages, content.phases, content.events, explainedAcronyms(content))).toEqual([]);
		const bad = fixture();
		bad.events[0]!.data.summary = 'The CSUs and the UK bought care from the PCT.';
		bad.phases[0]!.data.summary = 'How the PCTs paid VAT.';
		const page = { file: 'phases/p.mdx', text: '---\ntitle: X\n---\n\nThe <Term id="pct">PCT</Term> hired IT staff.' };
		expect(findUnexplainedAcronyms([page], bad.phases, bad.events, explainedAcronyms(bad))).toEqual([
			'phases/p.mdx: "IT" is not explained by the glossary or an organisation',
			'phases/p.mdx (title and summary): "VAT" is not explained by the glossary or an organisation',
			'events/e.yaml: "CSU" is not explained by the glossary or an organisation',
		]);
	});

	test('on every page, a glossary acronym is marked up where it first appears', () => {
		expect(findAcronymsNotMarkedAtFirstUse(pages, content.glossary)).toEqual([]);
		const { glossary } = fixture();
		const good = { file: 'good.mdx', text: 'The <Term id="pct">Primary Care Trusts (PCTs)</Term> and later PCTs.' };
		const bad = { file: 'bad.mdx', text: '---\ntitle: PCT\n---\n## PCTs\n\nThe <Term id="pct">PCT</Term>.' };
		expect(findAcronymsNotMarkedAtFirstUse([good, bad], glossary)).toEqual([
			'bad.mdx:4: first use of "PCT" is not inside <Term id="pct">',
		]);
	});

	test('on every page, an organisation is named in full before its abbreviation', () => {
		expect(findOrganisationAbbreviationsBeforeName(pages, content.organisations)).toEqual([]);
		const { organisations } = fixture();
		const good = { file: 'good.mdx', text: 'The Primary Care Trusts (PCTs) bought care.' };
		const bad = { file: 'bad.mdx', text: 'The PCTs, or Primary Care Trusts, bought care.' };
		expect(findOrganisationAbbreviationsBeforeName([good, bad], organisations)).toEqual([
			'bad.mdx:1: "PCT" is used before "Primary Care Trusts" is spelled out',
		]);
	});
});

describe('findAcronyms', () => {
	test('finds capitals-only words, drops a plural "s", and ignores ordinary words', () => {
		expect(findAcronyms("The CCGs and UNISON's NHS, not McKinsey or Dr Foster.").map(({ acronym }) => acronym)).toEqual([
			'CCG',
			'UNISON',
			'NHS',
		]);
	});
});
