/** Marks: what the timeline draws for one event or for a cluster of events, with its accessible name. */
import { clusterPoints } from './cluster';
import { KIND_LABELS, type TimelineEvent } from './types';

export interface TimelineMark {
	/** Stable key: the event id, or `cluster-<first event id>`. */
	key: string;
	type: 'event' | 'cluster';
	/** Position of the mark's start along the time axis, in view pixels. */
	position: number;
	/** Position where the (last) event's date span ends: a year-precision date covers the year. */
	endPosition: number;
	/** One event, or every event in the cluster in time order. */
	events: TimelineEvent[];
	/** The accessible name, computed with the layout (`6 July 2006: Title (Policy)`). */
	label: string;
	/** Visible short text for a cluster (`3 events`); the event title otherwise. */
	text: string;
	/** The event's date, or the years a cluster covers (`2006 to 2007`). */
	dates: string;
}

/** `June 2006 to May 2007`, or one date when they agree. */
function dateRange(events: readonly TimelineEvent[]): string {
	const first = events[0]!.dateLabel;
	const last = events.at(-1)!.dateLabel;
	return first === last ? first : `${first} to ${last}`;
}

/** `2006 to 2007`, or `2006`: short enough for a card. */
function yearRange(events: readonly TimelineEvent[]): string {
	const first = events[0]!.date.slice(0, 4);
	const last = events.at(-1)!.date.slice(0, 4);
	return first === last ? first : `${first} to ${last}`;
}

/** The accessible name of an event mark. */
export function eventLabel(event: TimelineEvent): string {
	return `${event.dateLabel}: ${event.title} (${KIND_LABELS[event.kind]})`;
}

/**
 * Clusters events (sorted by start) whose positions are closer than `minGap` and returns
 * one mark per event or cluster. `toPosition` maps UTC ms to view pixels.
 */
export function buildMarks(
	events: readonly TimelineEvent[],
	toPosition: (value: number) => number,
	minGap: number,
): TimelineMark[] {
	const positions = events.map((event) => toPosition(event.start));
	return clusterPoints(positions, minGap).map((group) => {
		const members = group.map((index) => events[index]!);
		const first = members[0]!;
		const endPosition = Math.max(...members.map((event) => toPosition(event.end)));
		if (members.length === 1) {
			return { key: first.id, type: 'event', position: positions[group[0]!]!, endPosition, events: members, label: eventLabel(first), text: first.title, dates: first.dateLabel };
		}
		const sameTime = members.every((event) => event.start === first.start);
		const action = sameTime ? 'show them' : 'zoom in to see them';
		return {
			key: `cluster-${first.id}`,
			type: 'cluster',
			position: positions[group[0]!]!,
			endPosition,
			events: members,
			label: `${members.length} events, ${dateRange(members)}: ${action}`,
			text: `${members.length} events`,
			dates: yearRange(members),
		};
	});
}

/** The index of the mark that holds an event, or -1. */
export function markIndexOf(marks: readonly TimelineMark[], eventId: string): number {
	return marks.findIndex((mark) => mark.events.some((event) => event.id === eventId));
}
