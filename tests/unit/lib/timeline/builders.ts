/** Builders for timeline tests: hand-written events and phases, and large synthetic sets. */
import { dateEnd, dateStart } from '../../../../src/lib/dates';
import { EVENT_KINDS, type TimelineEvent, type TimelinePhase } from '../../../../src/lib/timeline/types';

/** An event on a partial date, with defaults for everything else. */
export function makeEvent(id: string, date: string, overrides: Partial<TimelineEvent> = {}): TimelineEvent {
	return {
		id,
		date,
		dateLabel: date,
		start: dateStart(date).getTime(),
		end: dateEnd(date).getTime(),
		title: `Event ${id}`,
		kind: 'policy',
		key: false,
		phase: 'p1',
		actors: [],
		...overrides,
	};
}

/** A phase band between two partial dates. */
export function makePhase(id: string, start: string, end: string): TimelinePhase {
	return { id, shortTitle: `Phase ${id}`, order: Number(id.replace(/\D/g, '')) || 1, commissioner: 'PCTs', start: dateStart(start).getTime(), end: dateEnd(end).getTime() };
}

/** `count` events spread evenly (deterministically) over 2006–2022, cycling through kinds. */
export function syntheticEvents(count: number): TimelineEvent[] {
	const from = Date.UTC(2006, 0, 1);
	const span = Date.UTC(2022, 11, 31) - from;
	return Array.from({ length: count }, (_, index) => {
		const day = new Date(from + Math.floor((span * index) / Math.max(count, 1)));
		const date = day.toISOString().slice(0, 10);
		return makeEvent(`synthetic-${String(index).padStart(4, '0')}`, date, { kind: EVENT_KINDS[index % EVENT_KINDS.length]! });
	});
}

/** Rounds to 2 decimals so float noise does not fail pixel assertions. */
export function round(value: number): number {
	return Math.round(value * 100) / 100;
}
