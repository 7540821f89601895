/**
 * The narrow arrangement for phones: the events run down the page in phase sections (each
 * with a sticky heading), and years with nothing in them collapse into one marker instead of
 * an empty stretch.
 */
import type { TimelineEvent, TimelinePhase } from './types';

export type FlowItem = { type: 'event'; event: TimelineEvent } | { type: 'gap'; key: string; label: string };

export interface FlowSection {
	phase: TimelinePhase;
	items: FlowItem[];
}

/** `2008 to 2009: nothing in this story`, for the whole years strictly between two events. */
export function gapLabel(afterYear: number, beforeYear: number): string | undefined {
	const first = afterYear + 1;
	const last = beforeYear - 1;
	if (last < first) return undefined;
	return `${first === last ? first : `${first} to ${last}`}: nothing in this story`;
}

/**
 * Events (sorted by start) grouped under their phases in story order, phases without events
 * left out, with a gap marker before an event that follows a year or more with no events.
 */
export function layoutFlow(events: readonly TimelineEvent[], phases: readonly TimelinePhase[]): FlowSection[] {
	let lastYear: number | undefined;
	return phases.flatMap((phase) => {
		const items: FlowItem[] = [];
		for (const event of events) {
			if (event.phase !== phase.id) continue;
			const year = Number(event.date.slice(0, 4));
			const label = lastYear === undefined ? undefined : gapLabel(lastYear, year);
			if (label) items.push({ type: 'gap', key: `gap-${event.id}`, label });
			lastYear = Math.max(lastYear ?? year, year);
			items.push({ type: 'event', event });
		}
		return items.length > 0 ? [{ phase, items }] : [];
	});
}
