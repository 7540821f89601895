/**
 * What the reader has open, as a pure reducer: selection, story steps, a cluster's list and
 * filters. Each transition says what to announce, where focus goes, what to bring into view
 * and how the address bar changes; the island only carries these out.
 */
import { filterEvents } from './filter';
import { EMPTY_FILTERS, type TimelineEvent, type TimelineFilters, type TimelineOrganisation, type TimelineState, type TimelineView } from './types';

export interface IslandState {
	filters: TimelineFilters;
	/** The event open in the panel. */
	open?: string;
	/** `story` while the reader steps through the events. */
	view?: TimelineView;
	/** A cluster's events, listed in the panel to choose from. */
	listing?: string[];
	/** The event whose mark holds the roving tab stop. */
	focus?: string;
}

export type IslandAction =
	/** A mark or a listed choice was activated. */
	| { type: 'open'; id: string }
	| { type: 'close' }
	/** "Read the story": from this event, the open one, or the first shown. */
	| { type: 'story'; id?: string }
	/** Previous (-1) or Next (+1), by button, arrow key or swipe. */
	| { type: 'step'; by: number }
	| { type: 'filters'; filters: TimelineFilters }
	| { type: 'list'; ids: string[] }
	| { type: 'focus'; id: string }
	/** The address bar's state: read on load, or after Back or Forward. */
	| { type: 'location'; state: TimelineState };

export interface Transition {
	state: IslandState;
	/** Said by the live region. */
	announce?: string;
	/** Where focus goes once drawn: the panel's heading or the mark of `state.focus`. */
	focus?: 'panel' | 'mark';
	/** An event to bring into view. */
	reveal?: string;
	/** A new history entry, or the current one rewritten. */
	url?: 'push' | 'replace';
}

export interface IslandContext {
	events: readonly TimelineEvent[];
	organisations: readonly TimelineOrganisation[];
}

export const INITIAL_STATE: IslandState = { filters: EMPTY_FILTERS };

/** The part of the state a URL carries. */
export function toUrlState(state: IslandState): TimelineState {
	return { ...(state.open ? { event: state.open } : {}), ...(state.open && state.view ? { view: state.view } : {}), filters: state.filters };
}

/** The state a URL (or an embed's options) opens. */
export function fromUrlState(url: TimelineState, focus?: string): IslandState {
	const open = url.event;
	return { filters: url.filters, ...(open ? { open, focus: open } : focus ? { focus } : {}), ...(open && url.view ? { view: url.view } : {}) };
}

/** `Event 3 of 12: July 2006: Title`. */
export function stepLabel(index: number, count: number, event: TimelineEvent): string {
	return `Event ${index + 1} of ${count}: ${event.dateLabel}: ${event.title}`;
}

/**
 * The next state for an action, and what the island should do about it.
 * @example transition(INITIAL_STATE, { type: 'story' }, context).state // => { filters, open: <first event>, view: 'story', focus: <first event> }
 */
export function transition(state: IslandState, action: IslandAction, context: IslandContext): Transition {
	const shown = () => filterEvents(context.events, state.filters, context.organisations);
	switch (action.type) {
		case 'open':
			return { state: { ...state, open: action.id, listing: undefined, focus: action.id }, focus: 'panel', reveal: action.id, url: 'push' };
		case 'close': {
			const returnTo = state.open ?? state.listing?.[0];
			const next: IslandState = { filters: state.filters, ...(returnTo ? { focus: returnTo } : {}) };
			return { state: next, focus: returnTo ? 'mark' : undefined, url: state.open ? 'push' : undefined };
		}
		case 'story': {
			const events = shown();
			const id = [action.id, state.open].find((candidate) => candidate && events.some((event) => event.id === candidate)) ?? events[0]?.id;
			if (!id) return { state, announce: 'No events match these filters' };
			const index = events.findIndex((event) => event.id === id);
			return {
				state: { ...state, open: id, view: 'story', listing: undefined, focus: id },
				announce: `The story, one event at a time. ${stepLabel(index, events.length, events[index]!)}`,
				focus: 'panel',
				reveal: id,
				url: 'push',
			};
		}
		case 'step': {
			const events = shown();
			const current = events.findIndex((event) => event.id === state.open);
			if (current === -1) return { state };
			const index = Math.min(events.length - 1, Math.max(0, current + action.by));
			if (index === current) return { state, announce: action.by > 0 ? 'This is the last event' : 'This is the first event' };
			const event = events[index]!;
			return {
				state: { ...state, open: event.id, view: 'story', focus: event.id },
				announce: stepLabel(index, events.length, event),
				reveal: event.id,
				url: 'push',
			};
		}
		case 'filters': {
			const events = filterEvents(context.events, action.filters, context.organisations);
			const keepOpen = state.open && events.some((event) => event.id === state.open);
			const next: IslandState = { ...state, filters: action.filters, listing: undefined, ...(keepOpen ? {} : { open: undefined, view: undefined }) };
			const announce = events.length === 0 ? 'No events match these filters' : `Showing ${events.length} of ${context.events.length} events`;
			return { state: next, announce, reveal: keepOpen ? state.open : events[0]?.id, url: 'replace' };
		}
		case 'list':
			return { state: { ...state, open: undefined, view: undefined, listing: action.ids, focus: action.ids[0] }, focus: 'panel' };
		case 'focus':
			return { state: state.focus === action.id ? state : { ...state, focus: action.id } };
		case 'location': {
			const next = fromUrlState(action.state, state.focus);
			// An event the filters hide cannot be open (an embed's range may leave it out).
			if (next.open && !filterEvents(context.events, next.filters, context.organisations).some((event) => event.id === next.open)) {
				return { state: { filters: next.filters, ...(state.focus ? { focus: state.focus } : {}) } };
			}
			return { state: next, reveal: next.open };
		}
	}
}
