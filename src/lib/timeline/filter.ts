/** Which events the reader's filters keep. Filters combine: an event must pass every one. */
import type { TimelineEvent, TimelineFilters, TimelineOrganisation } from './types';

/**
 * An organisation and everything that belongs to it, at any depth.
 * @example withDescendants('unitedhealth-group', orgs) // => Set { 'unitedhealth-group', 'optum' }
 */
export function withDescendants(id: string, organisations: readonly TimelineOrganisation[]): Set<string> {
	const found = new Set([id]);
	let grew = true;
	while (grew) {
		grew = false;
		for (const org of organisations) {
			if (org.parent && found.has(org.parent) && !found.has(org.id)) {
				found.add(org.id);
				grew = true;
			}
		}
	}
	return found;
}

/** Lower case without accents, so `Sérco` finds `Serco`. */
function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** Whether a calendar year lies within the filters' `from` and `to` (each optional, inclusive). */
function inYears(year: number, { from, to }: TimelineFilters): boolean {
	return (from === undefined || year >= from) && (to === undefined || year <= to);
}

/** True when no filter is set. */
export function isUnfiltered(filters: TimelineFilters): boolean {
	return filters.kinds.length === 0 && !filters.phase && !filters.organisation && !filters.query.trim() && filters.from === undefined && filters.to === undefined;
}

/**
 * The events that pass every filter, in their original order. The title search matches
 * every word of the query, in any order.
 */
export function filterEvents(
	events: readonly TimelineEvent[],
	filters: TimelineFilters,
	organisations: readonly TimelineOrganisation[],
): TimelineEvent[] {
	const kinds = new Set(filters.kinds);
	const orgs = filters.organisation ? withDescendants(filters.organisation, organisations) : undefined;
	const words = fold(filters.query).split(/\s+/).filter(Boolean);
	return events.filter(
		(event) =>
			(kinds.size === 0 || kinds.has(event.kind)) &&
			(!filters.phase || event.phase === filters.phase) &&
			(!orgs || event.actors.some((actor) => orgs.has(actor))) &&
			inYears(Number(event.date.slice(0, 4)), filters) &&
			words.every((word) => fold(event.title).includes(word)),
	);
}
