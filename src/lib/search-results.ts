/**
 * Shaping Pagefind's answers for the search page. Pagefind finds the words; these helpers
 * say what kind of page a result is, split one-page lists (the glossary, the sources) into
 * one result per entry, and put exact name matches for terms and organisations first.
 * Pure functions, shared by the browser script and the unit tests.
 */
import { routes, type SiteSection } from './routes';

const KIND_OF_SECTION: Record<SiteSection, string> = {
	phases: 'Phase',
	events: 'Event',
	organisations: 'Organisation',
	glossary: 'Glossary term',
	sources: 'Source',
	timeline: 'Timeline',
};

/** What a reader is told a result is, from where it lives on the site. */
export function resultKind(url: string): string {
	const section = routes.sectionAt(new URL(url, 'https://x.invalid').pathname);
	return section ? KIND_OF_SECTION[section] : 'Page';
}

export interface Anchor {
	id: string;
	location?: number | undefined;
}

/**
 * Which entries of a one-page list the matched words fall in: each word belongs to the
 * last entry anchor before it. Entries with more matches come first, then page order.
 * @example entriesForLocations([{ id: 'a', location: 0 }, { id: 'b', location: 10 }], [3, 12, 14], new Set(['a', 'b']))
 * // => ['b', 'a']
 */
export function entriesForLocations(anchors: Anchor[], locations: number[], entryIds: Set<string>): string[] {
	const entries = anchors
		.filter((anchor) => entryIds.has(anchor.id) && anchor.location !== undefined)
		.sort((a, b) => a.location! - b.location!);
	const hits = new Map<string, { count: number; first: number }>();
	for (const location of locations) {
		const owner = entries.filter((entry) => entry.location! <= location).at(-1);
		if (!owner) continue;
		const seen = hits.get(owner.id) ?? { count: 0, first: location };
		hits.set(owner.id, { count: seen.count + 1, first: Math.min(seen.first, location) });
	}
	return [...hits.entries()].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first).map(([id]) => id);
}

export interface NamedEntry {
	url: string;
	title: string;
	kind: string;
	/** Every name the entry goes by: full name, abbreviation, aliases. */
	names: string[];
	/** One line saying what it is. */
	excerpt?: string;
}

/** Lower case, no accents or punctuation, single spaces: how names are compared. */
export function normaliseName(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/**
 * Entries whose name is the query, then those it names in the plural or singular, then those
 * with a name that starts with it; queries under two characters match nothing.
 * @example directMatches('ccgs', [{ url: '/glossary/#ccg', title: 'Clinical commissioning group', kind: 'Glossary term', names: ['CCG'] }])
 * // => [that entry]
 */
export function directMatches(query: string, entries: NamedEntry[]): NamedEntry[] {
	const q = normaliseName(query);
	if (q.length < 2) return [];
	const singular = q.endsWith('s') ? q.slice(0, -1) : q;
	const score = (entry: NamedEntry) => {
		const names = entry.names.map(normaliseName);
		if (names.includes(q)) return 3;
		if (names.some((name) => name === singular || `${name}s` === q)) return 2;
		if (q.length >= 3 && names.some((name) => name.startsWith(q))) return 1;
		return 0;
	};
	return entries
		.map((entry) => ({ entry, score: score(entry) }))
		.filter(({ score }) => score > 0)
		.sort((a, b) => b.score - a.score)
		.map(({ entry }) => entry);
}
