import { describe, expect, test } from 'vitest';
import { parseTimelineState, serialiseTimelineState } from '../../../../src/lib/timeline/url-state';
import { EMPTY_FILTERS } from '../../../../src/lib/timeline/types';

const known = {
	events: new Set(['2006-dh-advert-withdrawn']),
	phases: new Set(['2014-2017-prime-contractors']),
	organisations: new Set(['unitedhealth-group']),
};

describe('parseTimelineState', () => {
	test('reads the event, every filter and the search', () => {
		const state = parseTimelineState('?event=2006-dh-advert-withdrawn&kind=contract,policy&phase=2014-2017-prime-contractors&org=unitedhealth-group&q=%20optum%20', known);
		expect(state).toEqual({
			event: '2006-dh-advert-withdrawn',
			filters: { kinds: ['policy', 'contract'], phase: '2014-2017-prime-contractors', organisation: 'unitedhealth-group', query: 'optum' },
		});
	});
	test('accepts repeated keys as well as commas', () => {
		expect(parseTimelineState('?kind=contract&kind=campaign', known).filters.kinds).toEqual(['contract', 'campaign']);
	});
	test('drops unknown ids and kinds instead of trusting them', () => {
		expect(parseTimelineState('?event=nope&kind=nope&phase=nope&org=<script>', known)).toEqual({ filters: EMPTY_FILTERS });
	});
	test('limits the length of the search', () => {
		expect(parseTimelineState(`?q=${'a'.repeat(500)}`, known).filters.query).toHaveLength(100);
	});
	test('reads the story view, only with an event to show', () => {
		expect(parseTimelineState('?event=2006-dh-advert-withdrawn&view=story', known)).toEqual({ event: '2006-dh-advert-withdrawn', view: 'story', filters: EMPTY_FILTERS });
		expect(parseTimelineState('?view=story', known)).toEqual({ filters: EMPTY_FILTERS });
		expect(parseTimelineState('?event=2006-dh-advert-withdrawn&view=<b>', known)).toEqual({ event: '2006-dh-advert-withdrawn', filters: EMPTY_FILTERS });
	});
	test('reads kinds= as kind= (the embed’s older spelling)', () => {
		expect(parseTimelineState('?kinds=contract&kind=policy', known).filters.kinds).toEqual(['policy', 'contract']);
	});
	test('reads a year range, swapping a reversed one', () => {
		expect(parseTimelineState('?from=2016&to=2012', known).filters).toEqual({ ...EMPTY_FILTERS, from: 2012, to: 2016 });
	});
	test('reads an empty query string as the default view', () => {
		expect(parseTimelineState('', known)).toEqual({ filters: EMPTY_FILTERS });
	});
});

describe('serialiseTimelineState', () => {
	test('writes the default view as no query string', () => {
		expect(serialiseTimelineState({ filters: EMPTY_FILTERS })).toBe('');
	});
	test('writes keys in a fixed order with readable commas', () => {
		const search = serialiseTimelineState({ event: 'x', filters: { kinds: ['contract', 'policy'], query: 'a b', organisation: 'o' } });
		expect(search).toBe('?event=x&kind=policy,contract&org=o&q=a+b');
	});
	test('round-trips through parseTimelineState', () => {
		const state = { event: '2006-dh-advert-withdrawn', view: 'story' as const, filters: { kinds: ['campaign' as const], phase: '2014-2017-prime-contractors', organisation: 'unitedhealth-group', query: 'Optum & co' } };
		expect(parseTimelineState(serialiseTimelineState(state), known)).toEqual(state);
	});
});
