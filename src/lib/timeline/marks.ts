/** Marks: what the timeline draws for an event (a titled card or a dot) or a cluster of dots, with its accessible name. */
import { clusterPoints } from './cluster';
import { KIND_LABELS, type TimelineEvent } from './types';

export interface TimelineMark {
	/** Stable key: the event id, or `cluster-<first event id>`. */
	key: string;
	type: 'event' | 'cluster';
	/** A card shows the title; a dot sits on the dot row and names its events on hover and focus. */
	shape: 'card' | 'dot';
	/** Position of the (first) event's date along the time axis, in view pixels. */
	position: number;
	/** Position where the (last) event's date span ends: a year-precision date covers the year. */
	endPosition: number;
	/** A card's left edge (it may sit left of its date); a dot's position. */
	x: number;
	/** A card's lane from the axis down; -1 for a dot. */
	lane: number;
	/** One event, or every event in the cluster in time order. */
	events: TimelineEvent[];
	/** The accessible name (`6 July 2006 £1.2bn Title, Policy`: a card's text in its reading order; `3 events: Title + 2 more, 2015: zoom in to see them`), rendered as the mark's label. */
	label: string;
	/** What the mark shows or its tooltip says: the title, or `First title + 3 more`. */
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

/** `2006 to 2007`, or `2006`: short enough for a tooltip. */
function yearRange(events: readonly TimelineEvent[]): string {
	const first = events[0]!.date.slice(0, 4);
	const last = events.at(-1)!.date.slice(0, 4);
	return first === last ? first : `${first} to ${last}`;
}

/**
 * The accessible name of an event mark, in the order its card holds its text (so the visible
 * text is part of the name, whether or not the kind fits on the card): date, headline sum,
 * title, kind.
 * @example eventLabel(event) // => 'June 2006 £300m Department of Health advertises for firms, Procurement'
 */
export function eventLabel(event: TimelineEvent): string {
	return `${[event.dateLabel, event.sum, event.title].filter(Boolean).join(' ')}, ${KIND_LABELS[event.kind]}`;
}

/** A card for one event, at a slot found by placeCards. */
export function cardMark(event: TimelineEvent, position: number, endPosition: number, x: number, lane: number): TimelineMark {
	return { key: event.id, type: 'event', shape: 'card', position, endPosition, x, lane, events: [event], label: eventLabel(event), text: event.title, dates: event.dateLabel };
}

/**
 * Dots for events without a card (sorted by start): dots closer than `minGap` merge into a
 * cluster that names its first event (`Capita wins the contract + 3 more`). `toPosition`
 * maps UTC ms to view pixels.
 */
export function dotMarks(events: readonly TimelineEvent[], toPosition: (value: number) => number, minGap: number): TimelineMark[] {
	const positions = events.map((event) => toPosition(event.start));
	return clusterPoints(positions, minGap).map((group) => {
		const members = group.map((index) => events[index]!);
		const first = members[0]!;
		const position = positions[group[0]!]!;
		const endPosition = Math.max(...members.map((event) => toPosition(event.end)));
		const shape = 'dot' as const;
		if (members.length === 1) {
			return { key: first.id, type: 'event', shape, position, endPosition, x: position, lane: -1, events: members, label: eventLabel(first), text: first.title, dates: first.dateLabel };
		}
		const sameTime = members.every((event) => event.start === first.start);
		const text = `${first.title} + ${members.length - 1} more`;
		return {
			key: `cluster-${first.id}`,
			type: 'cluster',
			shape,
			position,
			endPosition,
			x: position,
			lane: -1,
			events: members,
			// Starts with the count the dot shows, so its visible text is part of its name.
			label: `${members.length} events: ${text}, ${dateRange(members)}: ${sameTime ? 'show them' : 'zoom in to see them'}`,
			text,
			dates: yearRange(members),
		};
	});
}

/** The index of the mark that holds an event, or -1. */
export function markIndexOf(marks: readonly TimelineMark[], eventId: string): number {
	return marks.findIndex((mark) => mark.events.some((event) => event.id === eventId));
}
