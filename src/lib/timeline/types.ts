/**
 * The timeline's view model: plain, serialisable data the page computes at build time and
 * hands to the island. Times are UTC milliseconds so the client needs no date parsing.
 */
import type { EventKind } from '../../schemas/event';

export type { EventKind };

export { EVENT_KINDS, KIND_LABELS } from '../event-kinds';

/** A source as the details panel links it. */
export interface TimelineSource {
	title: string;
	url: string;
	/** `The Guardian, 2006, p. 3`: publisher, year and pointer, ready to print. */
	meta: string;
}

/** One event as the timeline draws and filters it: what the props carry for every event. */
export interface TimelineEvent {
	id: string;
	/** The partial date as written (`2006-07`). */
	date: string;
	/** The date as readers see it (`July 2006`). */
	dateLabel: string;
	/** First instant covered, UTC ms. */
	start: number;
	/** First instant after the date's span, UTC ms (a year-precision date covers the year). */
	end: number;
	title: string;
	kind: EventKind;
	/** A turning point: titled first at every zoom (the schema's `key`). */
	key: boolean;
	phase: string;
	/** Organisation ids (the organisation filter and the panel's links). */
	actors: string[];
	/** The largest sum of money involved (`£1.2bn`), shown on the event's card. */
	sum?: string;
}

/**
 * What the panel adds when an event is open. Not in the props (the page already lists every
 * event for readers without JavaScript): fetched once from routes.timelineDetails() when the
 * reader first opens an event, except for an event the server renders open.
 */
export interface TimelineEventDetails {
	summary: string;
	/** Sums of money and figures, formatted and attributed (`£64 billion: PCT budgets (UNISON estimate)`). */
	amounts: string[];
	sources: TimelineSource[];
}

/** A phase band. Phases without a span (no events, no stated bounds) are left out. */
export interface TimelinePhase {
	id: string;
	shortTitle: string;
	/** Position in the story, from 1; picks the band colour (`--phase-<order>`). */
	order: number;
	/** Who bought care over the period (`Primary Care Trusts, then Clinical commissioning groups`). */
	commissioner: string;
	start: number;
	end: number;
}

/** An organisation a filter can pick; `parent` lets UnitedHealth Group match Optum too. */
export interface TimelineOrganisation {
	id: string;
	name: string;
	parent?: string;
}

/** The reader's filters; empty means "everything". */
export interface TimelineFilters {
	kinds: EventKind[];
	phase?: string;
	organisation?: string;
	query: string;
	/** First and last calendar year shown (inclusive); the embed builder offers them. */
	from?: number;
	to?: number;
}

/** How an open event is shown: `story` steps through the shown events one at a time. */
export type TimelineView = 'story';

/** What the URL carries: the open event, how it is shown, and the filters. */
export interface TimelineState {
	event?: string;
	view?: TimelineView;
	filters: TimelineFilters;
}

/** The state with nothing selected and nothing filtered. */
export const EMPTY_FILTERS: TimelineFilters = { kinds: [], query: '' };

/** A zoom transform in the d3-zoom sense: scale k, then translate by t pixels along time. */
export interface ZoomTransform {
	k: number;
	t: number;
}
