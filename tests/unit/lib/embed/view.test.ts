import { describe, expect, test } from 'vitest';
import { embedTimelineView, knownEmbedIds, type EmbedTimelineData } from '../../../../src/lib/embed/view';
import type { EmbedOptions } from '../../../../src/lib/embed/params';
import type { TimelineEvent } from '../../../../src/lib/timeline/types';

const event = (id: string, date: string, phase: string, kind: TimelineEvent['kind']) =>
	({ id, date, phase, kind }) as TimelineEvent;

const data: EmbedTimelineData = {
	events: [
		event('advert', '2006-06-29', 'pcts', 'procurement'),
		event('act', '2012-03-27', 'lansley', 'legislation'),
		event('framework', '2015-02', 'market', 'contract'),
	],
	phases: [],
	organisations: [],
};

const options = (overrides: Partial<EmbedOptions>): EmbedOptions => ({
	phase: undefined,
	from: undefined,
	to: undefined,
	kinds: [],
	event: undefined,
	theme: 'auto',
	accent: undefined,
	compact: false,
	...overrides,
});

describe('embedTimelineView', () => {
	test('with no options, keeps every event and opens nothing', () => {
		const view = embedTimelineView(data, options({}));
		expect(view.events.map((e) => e.id)).toEqual(['advert', 'act', 'framework']);
		expect(view.initialState).toEqual({ event: undefined, filters: { kinds: [], query: '', phase: undefined } });
	});

	test('a date range removes the events outside it, since the island has no date filter', () => {
		expect(embedTimelineView(data, options({ from: 2010, to: 2013 })).events.map((e) => e.id)).toEqual(['act']);
	});

	test('phase and kinds become filters the reader can widen, not removed events', () => {
		const view = embedTimelineView(data, options({ phase: 'market', kinds: ['contract', 'not-a-kind'] }));
		expect(view.events).toHaveLength(3);
		expect(view.initialState.filters).toEqual({ kinds: ['contract'], query: '', phase: 'market' });
	});

	test('opens the chosen event only if the range still shows it', () => {
		expect(embedTimelineView(data, options({ event: 'act' })).initialState.event).toBe('act');
		expect(embedTimelineView(data, options({ event: 'act', from: 2014 })).initialState.event).toBeUndefined();
	});
});

describe('knownEmbedIds', () => {
	test('lists the ids a parameter may name on this embed', () => {
		expect(knownEmbedIds(data).events).toEqual(['advert', 'act', 'framework']);
	});
});
