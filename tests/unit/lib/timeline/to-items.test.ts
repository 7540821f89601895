import { describe, expect, test } from 'vitest';
import { formatAmount, formatFigure, toTimelineEvents, toTimelineOrganisations, toTimelinePhases } from '../../../../src/lib/timeline/to-items';
import type { Organisation, Source, TimelineEventData } from '../../../../src/schemas';

const organisations: Organisation[] = [
	{ id: 'unitedhealth-group', name: 'UnitedHealth Group', kind: 'company', aliases: [], description: 'd' },
	{ id: 'optum', name: 'Optum', kind: 'company', aliases: [], description: 'd', parent: 'unitedhealth-group' },
	{ id: 'unison', name: 'UNISON', kind: 'union', aliases: [], description: 'd' },
	{ id: 'pcts', name: 'Primary Care Trusts', kind: 'public-body', aliases: [], description: 'd' },
];
const sources: Source[] = [{ id: 's1', title: 'A report', publisher: 'The Guardian', date: '2006-07', url: 'https://example.org/a', kind: 'news' }];
const event: TimelineEventData & { id: string } = {
	id: 'e1',
	title: 'Title',
	date: '2006-07-06',
	phase: 'p1',
	kind: 'contract',
	key: true,
	summary: 'Summary.',
	actors: ['optum'],
	amounts: [{ value: 64e9, unit: 'GBP', about: 'PCT budgets', saidBy: 'unison', estimate: true, source: { source: 's1' } }],
	sources: [{ source: 's1', pointer: 'p. 3' }],
};

describe('formatFigure', () => {
	test('writes pounds in billions and millions', () => {
		expect(formatFigure(64e9, 'GBP')).toBe('£64bn');
		expect(formatFigure(1.25e9, 'GBP')).toBe('£1.3bn');
		expect(formatFigure(687e6, 'GBP')).toBe('£687m');
		expect(formatFigure(30, 'percent')).toBe('30%');
		expect(formatFigure(10, 'years')).toBe('10 years');
	});
});

describe('formatAmount', () => {
	test('attributes estimates to whoever made them', () => {
		expect(formatAmount(event.amounts[0]!, 'UNISON')).toBe('£64bn: PCT budgets (UNISON estimate)');
	});
	test('writes ranges', () => {
		expect(formatAmount({ ...event.amounts[0]!, value: 30, upTo: 40, unit: 'percent', estimate: false }, 'DH')).toBe('30% to 40%: PCT budgets (DH)');
	});
});

describe('toTimelineEvents', () => {
	test('keeps only what the island renders, with times in UTC ms', () => {
		expect(toTimelineEvents([event], sources, organisations)).toEqual([
			{
				id: 'e1',
				date: '2006-07-06',
				dateLabel: '6 July 2006',
				start: Date.UTC(2006, 6, 6),
				end: Date.UTC(2006, 6, 7),
				title: 'Title',
				kind: 'contract',
				key: true,
				phase: 'p1',
				summary: 'Summary.',
				actors: ['optum'],
				amounts: ['£64bn: PCT budgets (UNISON estimate)'],
				sum: '£64bn',
				sources: [{ title: 'A report', url: 'https://example.org/a', meta: 'The Guardian, 2006, p. 3' }],
			},
		]);
	});
	test('a year-precision date covers the whole year', () => {
		const [item] = toTimelineEvents([{ ...event, date: '2014' }], sources, organisations);
		expect([item!.start, item!.end, item!.dateLabel]).toEqual([Date.UTC(2014, 0, 1), Date.UTC(2015, 0, 1), '2014']);
	});
});

describe('headline sum', () => {
	test('is left out when no amount is in pounds', () => {
		const amounts = [{ ...event.amounts[0]!, unit: 'percent' as const, value: 30 }];
		expect(toTimelineEvents([{ ...event, amounts }], sources, organisations)[0]!.sum).toBeUndefined();
	});
	test('takes the largest sum, ranges by their upper end', () => {
		const amounts = [event.amounts[0]!, { ...event.amounts[0]!, value: 1e9, upTo: 80e9 }];
		expect(toTimelineEvents([{ ...event, amounts }], sources, organisations)[0]!.sum).toBe('£80bn');
	});
});

describe('toTimelinePhases', () => {
	test('names the commissioner and leaves out phases with no span', () => {
		const phases = [
			{ id: 'p1', shortTitle: 'PCT plan', order: 1, commissioner: 'pcts', span: { start: '2006-05', end: '2006-07' } },
			{ id: 'p2', shortTitle: 'Empty', order: 2, commissioner: 'pcts', span: undefined },
		];
		expect(toTimelinePhases(phases, organisations)).toEqual([
			{ id: 'p1', shortTitle: 'PCT plan', order: 1, commissioner: 'Primary Care Trusts', start: Date.UTC(2006, 4, 1), end: Date.UTC(2006, 7, 1) },
		]);
	});
});

describe('toTimelineOrganisations', () => {
	test('offers organisations that act in events, and their parents', () => {
		expect(toTimelineOrganisations(organisations, [event])).toEqual([
			{ id: 'optum', name: 'Optum', parent: 'unitedhealth-group' },
			{ id: 'unitedhealth-group', name: 'UnitedHealth Group' },
		]);
	});
});
