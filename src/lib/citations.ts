/**
 * Who cites what: turns events (sources and amount sources) and phase pages (their
 * `<Cite id>` tags) into one index per source, so the sources page can list every place
 * a document is relied on. Pure: no astro:*, no DOM.
 */

/** Something that cites a source: an event or a phase page. */
export interface Citer {
	id: string;
	title: string;
}

/** Every event and phase page that cites one source, each listed once, in input order. */
export interface SourceCiters {
	events: Citer[];
	phases: Citer[];
}

interface CitingEvent extends Citer {
	sources: readonly { source: string }[];
	amounts: readonly { source: { source: string } }[];
}

interface CitingPhase extends Citer {
	/** Source ids from the page's `<Cite id>` tags (repeats allowed). */
	sourceIds: readonly string[];
}

/**
 * Builds the index. Sources nobody cites get no entry; look-ups should default to empty lists.
 * @example indexCitations([{ id: 'e', title: 'E', sources: [{ source: 's' }], amounts: [] }], [])
 *   // => Map { 's' => { events: [{ id: 'e', title: 'E' }], phases: [] } }
 */
export function indexCitations(
	events: readonly CitingEvent[],
	phases: readonly CitingPhase[],
): Map<string, SourceCiters> {
	const index = new Map<string, SourceCiters>();
	const add = (sourceId: string, list: 'events' | 'phases', citer: Citer) => {
		const entry = index.get(sourceId) ?? { events: [], phases: [] };
		if (!entry[list].some((existing) => existing.id === citer.id)) {
			entry[list].push({ id: citer.id, title: citer.title });
		}
		index.set(sourceId, entry);
	};
	for (const event of events) {
		for (const citation of event.sources) add(citation.source, 'events', event);
		for (const amount of event.amounts) add(amount.source.source, 'events', event);
	}
	for (const phase of phases) {
		for (const sourceId of phase.sourceIds) add(sourceId, 'phases', phase);
	}
	return index;
}

/**
 * Splits items into groups in the order `groupOrder` gives, dropping empty groups and
 * keeping each group's items in their input order.
 */
export function groupInOrder<T, K extends string>(
	items: readonly T[],
	keyOf: (item: T) => K,
	groupOrder: readonly K[],
): { key: K; items: T[] }[] {
	return groupOrder
		.map((key) => ({ key, items: items.filter((item) => keyOf(item) === key) }))
		.filter((group) => group.items.length > 0);
}
