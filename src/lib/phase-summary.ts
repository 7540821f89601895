/**
 * What a phase's printable one-page summary holds besides its events: the sources most relied
 * on, and the organisations that provided care or services. Pure; works on event views.
 */
import type { EventView, OrganisationRef, SourceRef } from './event-view';

/**
 * The sources a phase's events cite most (as sources or behind figures), at most `limit`,
 * most cited first; ties keep the order of first use.
 * @example mostCitedSources([{ sources: [a, b], amounts: [] }, { sources: [b], amounts: [] }], 1) // => [b]
 */
export function mostCitedSources(events: readonly Pick<EventView, 'sources' | 'amounts'>[], limit: number): SourceRef[] {
	const counts = new Map<string, { source: SourceRef; count: number; first: number }>();
	let order = 0;
	for (const event of events) {
		for (const source of [...event.sources, ...event.amounts.map((amount) => amount.source)]) {
			const seen = counts.get(source.id) ?? { source, count: 0, first: order++ };
			counts.set(source.id, { ...seen, count: seen.count + 1 });
		}
	}
	return [...counts.values()]
		.sort((a, b) => b.count - a.count || a.first - b.first)
		.slice(0, limit)
		.map(({ source }) => source);
}

/** The organisations of the given ids that act in the events, each once, in order of first appearance. */
export function actorsAmong(events: readonly Pick<EventView, 'actors'>[], ids: ReadonlySet<string>): OrganisationRef[] {
	const found = new Map<string, OrganisationRef>();
	for (const event of events) for (const actor of event.actors) if (ids.has(actor.id) && !found.has(actor.id)) found.set(actor.id, actor);
	return [...found.values()];
}
