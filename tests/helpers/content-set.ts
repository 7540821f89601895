import type { ContentSet } from '../../src/lib/content-integrity';

/** A tiny, valid content set (one phase, event, organisation and glossary term) that a test breaks in one way. */
export function tinyContentSet(): ContentSet {
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
		commissioners: [],
		corrections: [],
		prose: [{ file: 'phases/p.mdx', kind: 'glossary', id: 'pct', line: 1, start: 0, end: 0 }],
	};
}
