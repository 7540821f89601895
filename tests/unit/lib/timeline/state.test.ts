import { describe, expect, test } from 'vitest';
import { INITIAL_STATE, fromUrlState, toUrlState, transition, type IslandState } from '../../../../src/lib/timeline/state';
import { EMPTY_FILTERS } from '../../../../src/lib/timeline/types';
import { makeEvent } from './builders';

const events = [
	makeEvent('a', '2006-06', { kind: 'policy', title: 'First', dateLabel: 'June 2006' }),
	makeEvent('b', '2010-07', { kind: 'contract', title: 'Second', dateLabel: 'July 2010' }),
	makeEvent('c', '2015-03', { kind: 'contract', title: 'Third', dateLabel: 'March 2015' }),
];
const context = { events, organisations: [] };
const run = (state: IslandState, ...actions: Parameters<typeof transition>[1][]) => actions.reduce((current, action) => transition(current, action, context).state, state);

describe('transition', () => {
	test('opening a mark puts focus on the panel and adds a history entry', () => {
		const next = transition(INITIAL_STATE, { type: 'open', id: 'b' }, context);
		expect(next).toEqual({ state: { filters: EMPTY_FILTERS, open: 'b', listing: undefined, focus: 'b' }, focus: 'panel', reveal: 'b', url: 'push' });
	});

	test('"Read the story" starts at the first shown event and says where the reader is', () => {
		const next = transition(INITIAL_STATE, { type: 'story' }, context);
		expect(next.state).toMatchObject({ open: 'a', view: 'story', focus: 'a' });
		expect(next.announce).toBe('The story, one event at a time. Event 1 of 3: June 2006: First');
		expect(next).toMatchObject({ focus: 'panel', url: 'push', reveal: 'a' });
	});

	test('the story starts at the open event when there is one', () => {
		expect(run(INITIAL_STATE, { type: 'open', id: 'b' }, { type: 'story' })).toMatchObject({ open: 'b', view: 'story' });
	});

	test('Next and Previous step through the shown events, one history entry each, focus left on the button', () => {
		const started = run(INITIAL_STATE, { type: 'story' });
		const next = transition(started, { type: 'step', by: 1 }, context);
		expect(next.state).toMatchObject({ open: 'b', view: 'story', focus: 'b' });
		expect(next).toMatchObject({ announce: 'Event 2 of 3: July 2010: Second', url: 'push', reveal: 'b' });
		expect(next.focus).toBeUndefined();
		expect(transition(next.state, { type: 'step', by: -1 }, context).state.open).toBe('a');
	});

	test('stepping past either end stays put and says so', () => {
		const first = run(INITIAL_STATE, { type: 'story' });
		expect(transition(first, { type: 'step', by: -1 }, context)).toEqual({ state: first, announce: 'This is the first event' });
		const last = run(first, { type: 'step', by: 1 }, { type: 'step', by: 1 });
		expect(transition(last, { type: 'step', by: 1 }, context)).toEqual({ state: last, announce: 'This is the last event' });
	});

	test('the story follows the filters: only the shown events are stepped through', () => {
		const filtered = run(INITIAL_STATE, { type: 'filters', filters: { ...EMPTY_FILTERS, kinds: ['contract'] } }, { type: 'story' });
		expect(filtered).toMatchObject({ open: 'b' });
		const next = transition(filtered, { type: 'step', by: 1 }, context);
		expect(next.announce).toBe('Event 2 of 2: March 2015: Third');
	});

	test('a filter that hides the open event closes it, announces the count and brings the first match into view', () => {
		const open = run(INITIAL_STATE, { type: 'story' });
		const next = transition(open, { type: 'filters', filters: { ...EMPTY_FILTERS, kinds: ['contract'] } }, context);
		expect(next.state.open).toBeUndefined();
		expect(next.state.view).toBeUndefined();
		expect(next).toMatchObject({ announce: 'Showing 2 of 3 events', reveal: 'b', url: 'replace' });
		expect(transition(open, { type: 'filters', filters: { ...EMPTY_FILTERS, query: 'zzz' } }, context).announce).toBe('No events match these filters');
	});

	test('closing returns focus to the mark of the event that was open', () => {
		const open = run(INITIAL_STATE, { type: 'open', id: 'c' });
		expect(transition(open, { type: 'close' }, context)).toEqual({ state: { filters: EMPTY_FILTERS, focus: 'c' }, focus: 'mark', url: 'push' });
	});

	test('a cluster lists its events in the panel, and choosing one opens it', () => {
		const listed = transition(INITIAL_STATE, { type: 'list', ids: ['b', 'c'] }, context);
		expect(listed).toMatchObject({ state: { listing: ['b', 'c'], focus: 'b' }, focus: 'panel' });
		expect(transition(listed.state, { type: 'open', id: 'c' }, context).state).toMatchObject({ open: 'c', listing: undefined });
	});

	test('Back and Forward restore the state the address names, without moving focus', () => {
		const next = transition(INITIAL_STATE, { type: 'location', state: { event: 'c', view: 'story', filters: EMPTY_FILTERS } }, context);
		expect(next).toEqual({ state: { filters: EMPTY_FILTERS, open: 'c', focus: 'c', view: 'story' }, reveal: 'c' });
	});

	test('an address naming an event its own filters hide opens nothing', () => {
		const next = transition(INITIAL_STATE, { type: 'location', state: { event: 'a', view: 'story', filters: { ...EMPTY_FILTERS, from: 2010 } } }, context);
		expect(next).toEqual({ state: { filters: { ...EMPTY_FILTERS, from: 2010 } } });
	});
});

describe('the address bar', () => {
	test('carries the open event, the story view and the filters, and reads back the same', () => {
		const state = run(INITIAL_STATE, { type: 'filters', filters: { ...EMPTY_FILTERS, kinds: ['contract'] } }, { type: 'story' }, { type: 'step', by: 1 });
		const url = toUrlState(state);
		expect(url).toEqual({ event: 'c', view: 'story', filters: { ...EMPTY_FILTERS, kinds: ['contract'] } });
		expect(fromUrlState(url)).toMatchObject({ open: 'c', view: 'story', filters: url.filters });
	});
});
