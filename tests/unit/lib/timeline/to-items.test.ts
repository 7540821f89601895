import { describe, expect, test } from 'vitest';
import type { Commissioner } from '../../../../src/schemas';
import { buildEventViews } from '../../../../src/lib/event-view';
import { toTimelineDetails, toTimelineEvents, toTimelineOrganisations, toTimelinePhases } from '../../../../src/lib/timeline/to-items';
import { event, organisations, sources } from '../../fixtures/event-entries';

describe('toTimelineEvents', () => {
	test('keeps only what the island renders, projected from the event view', () => {
		const views = buildEventViews({ events: [event], phases: [{ id: 'p1', title: 'T', shortTitle: 'S', order: 1 }], organisations, sources });
		expect(toTimelineEvents(views)).toEqual([
			{
				id: 'e1',
				date: '2006-07-06',
				dateLabel: '6 July 2006',
				start: Date.UTC(2006, 6, 6),
				end: Date.UTC(2006, 6, 7),
				title: 'Title',
				kind: 'contract',
				key: false,
				phase: 'p1',
				actors: ['optum'],
				sum: '£64bn',
			},
		]);
	});
});

describe('toTimelineDetails', () => {
	test('gives the panel the summary, every sum with who gave it, and the sources with one label', () => {
		const [view] = buildEventViews({ events: [event], phases: [{ id: 'p1', title: 'T', shortTitle: 'S', order: 1 }], organisations, sources });
		expect(toTimelineDetails(view!)).toEqual({
			summary: 'Summary.',
			amounts: ['£64 billion: PCT budgets (UNISON estimate)'],
			sources: [{ title: 'A report', url: 'https://example.org/a', meta: 'The Guardian, 2006, p. 3' }],
		});
	});
});

describe('toTimelinePhases', () => {
	const commissioners = [
		{ id: 'pcts', start: { date: '2000-04-01' }, end: { date: '2013-03-31' } },
		{ id: 'ccgs', start: { date: '2013-04-01' } },
	] as unknown as Commissioner[];
	test('names who bought care over the phase and leaves out phases with no span', () => {
		const phases = [
			{ id: 'p1', shortTitle: 'PCT plan', order: 1, span: { start: '2006-05', end: '2006-07' } },
			{ id: 'p2', shortTitle: 'Empty', order: 2, span: undefined },
		];
		expect(toTimelinePhases(phases, organisations, commissioners)).toEqual([
			{ id: 'p1', shortTitle: 'PCT plan', order: 1, commissioner: 'Primary Care Trusts', start: Date.UTC(2006, 4, 1), end: Date.UTC(2006, 7, 1) },
		]);
	});
	test('names both bodies, in order, when the phase spans a handover', () => {
		const phases = [{ id: 'p3', shortTitle: 'Reforms', order: 3, span: { start: '2010-07', end: '2013-04' } }];
		const withCcgs = [...organisations, { ...organisations.find((org) => org.id === 'pcts')!, id: 'ccgs', name: 'Clinical commissioning groups' }];
		expect(toTimelinePhases(phases, withCcgs, commissioners)[0]!.commissioner).toBe('Primary Care Trusts, then Clinical commissioning groups');
	});
});

describe('toTimelineOrganisations', () => {
	test('offers organisations that act in events, and their parents', () => {
		expect(toTimelineOrganisations(organisations, [{ actors: [{ id: 'optum' }] }])).toEqual([
			{ id: 'optum', name: 'Optum', parent: 'unitedhealth-group' },
			{ id: 'unitedhealth-group', name: 'UnitedHealth Group' },
		]);
	});
});
