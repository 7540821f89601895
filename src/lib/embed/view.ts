/**
 * The embed options → what the interactive timeline opens with. Pure: the island wrapper
 * calls it with the options parsed from the embed's own URL (lib/embed/params.ts).
 */
import { isEventShown, type EmbedOptions, type KnownIds } from './params';
import { EMPTY_FILTERS, EVENT_KINDS, type EventKind, type TimelineEvent, type TimelineOrganisation, type TimelinePhase, type TimelineState } from '../timeline/types';

/** The island's data, as the embed page computed it at build time. */
export interface EmbedTimelineData {
	events: TimelineEvent[];
	phases: TimelinePhase[];
	organisations: TimelineOrganisation[];
}

/** The ids a parameter may name on this embed (a phase embed knows only its own phase). */
export function knownEmbedIds(data: EmbedTimelineData): KnownIds {
	return { phases: data.phases.map((phase) => phase.id), events: data.events.map((event) => event.id), kinds: EVENT_KINDS };
}

/**
 * The island's events and initial state under the options. The date range has no control in
 * the island, so it narrows the events themselves; phase and kinds become filters the reader
 * can widen, and the chosen event opens if it is still shown.
 */
export function embedTimelineView(data: EmbedTimelineData, options: EmbedOptions): EmbedTimelineData & { initialState: TimelineState } {
	const inRange = { ...options, phase: undefined, kinds: [] };
	const events = data.events.filter((event) => isEventShown({ phase: event.phase, kind: event.kind, year: Number(event.date.slice(0, 4)) }, inRange));
	const kinds = options.kinds.filter((kind): kind is EventKind => (EVENT_KINDS as readonly string[]).includes(kind));
	const event = events.some((item) => item.id === options.event) ? options.event : undefined;
	return { ...data, events, initialState: { event, filters: { ...EMPTY_FILTERS, kinds, phase: options.phase } } };
}
