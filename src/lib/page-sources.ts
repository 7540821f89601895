/**
 * The sources a phase page relies on: those its prose cites with `<Cite id="…"/>`, then
 * those behind its events and their figures, each once, in order of first use.
 */

interface CitationLike {
	/** Source id. */
	id: string;
}

interface EventLike {
	sources: CitationLike[];
	amounts: { source: CitationLike }[];
}

/** Unique source ids: cited in the prose first, then those of each event in turn. */
export function collectPageSources(citedInProse: string[], events: EventLike[]): string[] {
	const ids = [
		...citedInProse,
		...events.flatMap((event) => [
			...event.sources.map((source) => source.id),
			...event.amounts.map((amount) => amount.source.id),
		]),
	];
	return [...new Set(ids)];
}
