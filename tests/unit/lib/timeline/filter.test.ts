import { describe, expect, test } from 'vitest';
import { filterEvents, isUnfiltered, withDescendants } from '../../../../src/lib/timeline/filter';
import { EMPTY_FILTERS, type TimelineOrganisation } from '../../../../src/lib/timeline/types';
import { makeEvent } from './builders';

const organisations: TimelineOrganisation[] = [
	{ id: 'unitedhealth-group', name: 'UnitedHealth Group' },
	{ id: 'optum', name: 'Optum', parent: 'unitedhealth-group' },
	{ id: 'optum-uk', name: 'Optum UK', parent: 'optum' },
	{ id: 'serco', name: 'Serco' },
];
const events = [
	makeEvent('a', '2006-06', { kind: 'contract', phase: 'p1', actors: ['unitedhealth-group'], title: 'UnitedHealth wins a contract' }),
	makeEvent('b', '2014', { kind: 'procurement', phase: 'p2', actors: ['optum'], title: 'Optum joins the Lead Provider Framework' }),
	makeEvent('c', '2015-03-01', { kind: 'contract', phase: 'p2', actors: ['serco'], title: 'Serco hands back a contract' }),
	makeEvent('d', '2016', { kind: 'campaign', phase: 'p3', actors: ['optum-uk'], title: 'Campaigners protest at Sérco' }),
];
const ids = (list: { id: string }[]) => list.map((event) => event.id);

describe('withDescendants', () => {
	test('includes children and grandchildren of an organisation', () => {
		expect([...withDescendants('unitedhealth-group', organisations)].sort()).toEqual(['optum', 'optum-uk', 'unitedhealth-group']);
	});
	test('a child does not match its parent', () => {
		expect([...withDescendants('optum', organisations)].sort()).toEqual(['optum', 'optum-uk']);
	});
});

describe('filterEvents', () => {
	test('keeps everything with no filters', () => {
		expect(ids(filterEvents(events, EMPTY_FILTERS, organisations))).toEqual(['a', 'b', 'c', 'd']);
	});
	test('filtering by UnitedHealth Group also finds Optum events', () => {
		expect(ids(filterEvents(events, { ...EMPTY_FILTERS, organisation: 'unitedhealth-group' }, organisations))).toEqual(['a', 'b', 'd']);
	});
	test('combines kind, phase and organisation filters', () => {
		const filters = { ...EMPTY_FILTERS, kinds: ['contract' as const], phase: 'p2' };
		expect(ids(filterEvents(events, filters, organisations))).toEqual(['c']);
		expect(ids(filterEvents(events, { ...filters, organisation: 'optum' }, organisations))).toEqual([]);
	});
	test('searches titles for every word, ignoring case and accents', () => {
		expect(ids(filterEvents(events, { ...EMPTY_FILTERS, query: 'CONTRACT serco' }, organisations))).toEqual(['c']);
		expect(ids(filterEvents(events, { ...EMPTY_FILTERS, query: 'serco' }, organisations))).toEqual(['c', 'd']);
	});
	test('returns an empty list when nothing matches', () => {
		expect(filterEvents(events, { ...EMPTY_FILTERS, query: 'kaiser' }, organisations)).toEqual([]);
	});
});

describe('isUnfiltered', () => {
	test('is true only for the empty filters', () => {
		expect(isUnfiltered(EMPTY_FILTERS)).toBe(true);
		expect(isUnfiltered({ ...EMPTY_FILTERS, query: '  ' })).toBe(true);
		expect(isUnfiltered({ ...EMPTY_FILTERS, kinds: ['policy'] })).toBe(false);
	});
});
