/**
 * The embed's options, read from its URL. Every value is checked against a closed set or a
 * strict pattern: anything unknown, malformed or oversized is dropped and the default used,
 * so no parameter can carry markup, script or CSS into the page.
 */

/** The themes a host can ask for; `auto` follows the reader's system setting. */
export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** Years outside this range cannot be meant for this story; they are ignored. */
export const YEAR_BOUNDS = { min: 1990, max: 2100 } as const;

/** Longer query strings are cut before parsing, so a huge URL costs nothing. */
export const MAX_QUERY_LENGTH = 2048;
/** Longer single values are ignored outright. */
export const MAX_VALUE_LENGTH = 200;

export interface EmbedOptions {
	/** Phase id to show, or undefined for every phase. */
	phase: string | undefined;
	/** First year shown (inclusive). */
	from: number | undefined;
	/** Last year shown (inclusive). */
	to: number | undefined;
	/** Event kinds shown; empty means every kind. */
	kinds: string[];
	/** Event opened on load. */
	event: string | undefined;
	theme: EmbedTheme;
	/** `#rgb` or `#rrggbb`, lower-cased, or undefined for the site accent. */
	accent: string | undefined;
	compact: boolean;
}

/** The ids the page actually has; a parameter naming anything else is ignored. */
export interface KnownIds {
	phases: readonly string[];
	events: readonly string[];
	kinds: readonly string[];
}

export const DEFAULT_EMBED_OPTIONS: Readonly<EmbedOptions> = Object.freeze({
	phase: undefined,
	from: undefined,
	to: undefined,
	kinds: [],
	event: undefined,
	theme: 'auto',
	accent: undefined,
	compact: false,
});

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/;
const YEAR = /^\d{4}$/;

/** A value from the query, or undefined when absent, empty or too long. */
function take(params: URLSearchParams, name: string): string | undefined {
	const value = params.get(name)?.trim();
	return value && value.length <= MAX_VALUE_LENGTH ? value : undefined;
}

function knownId(value: string | undefined, known: readonly string[]): string | undefined {
	return value && ID.test(value) && known.includes(value) ? value : undefined;
}

function year(value: string | undefined): number | undefined {
	if (!value || !YEAR.test(value)) return undefined;
	const parsed = Number(value);
	return parsed >= YEAR_BOUNDS.min && parsed <= YEAR_BOUNDS.max ? parsed : undefined;
}

/** `#ABC` → `#abc`; anything that is not exactly a 3- or 6-digit hex colour → undefined. */
export function parseAccent(value: string | undefined): string | undefined {
	if (!value) return undefined;
	// Hosts often forget to encode `#`; a bare `abc123` is accepted as `#abc123`.
	const colour = (value.startsWith('#') ? value : `#${value}`).toLowerCase();
	return HEX_COLOUR.test(colour) ? colour : undefined;
}

function flag(value: string | undefined): boolean {
	return value === '1' || value === 'true' || value === 'yes';
}

/**
 * Reads embed options from a query string (`?phase=…&from=2010&kinds=policy,contract`).
 * @example parseEmbedParams('?theme=dark&accent=%23c00', known) // => { …, theme: 'dark', accent: '#c00' }
 */
export function parseEmbedParams(query: string | URLSearchParams, known: KnownIds): EmbedOptions {
	const params =
		typeof query === 'string' ? new URLSearchParams(query.slice(0, MAX_QUERY_LENGTH)) : query;
	let from = year(take(params, 'from'));
	let to = year(take(params, 'to'));
	if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
	const kinds = [
		...new Set(
			(take(params, 'kinds') ?? '')
				.split(',')
				.map((kind) => kind.trim())
				.filter((kind) => ID.test(kind) && known.kinds.includes(kind)),
		),
	];
	const theme = take(params, 'theme');
	return {
		phase: knownId(take(params, 'phase'), known.phases),
		from,
		to,
		kinds,
		event: knownId(take(params, 'event'), known.events),
		theme: EMBED_THEMES.find((name) => name === theme) ?? 'auto',
		accent: parseAccent(take(params, 'accent')),
		compact: flag(take(params, 'compact')),
	};
}

/**
 * The query string for a set of options, leaving out defaults (`''` when all are defaults).
 * The embed builder uses it, so a snippet carries only what the editor chose.
 */
export function serializeEmbedParams(options: Partial<EmbedOptions>): string {
	const params = new URLSearchParams();
	if (options.phase) params.set('phase', options.phase);
	if (options.from !== undefined) params.set('from', String(options.from));
	if (options.to !== undefined) params.set('to', String(options.to));
	if (options.kinds && options.kinds.length > 0) params.set('kinds', options.kinds.join(','));
	if (options.event) params.set('event', options.event);
	if (options.theme && options.theme !== 'auto') params.set('theme', options.theme);
	if (options.accent) params.set('accent', options.accent);
	if (options.compact) params.set('compact', '1');
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** What the filter needs to know about one event. */
export interface FilterableEvent {
	phase: string;
	kind: string;
	/** Calendar year of the event's date. */
	year: number;
}

/** Whether an event is shown under the given options. */
export function isEventShown(event: FilterableEvent, options: EmbedOptions): boolean {
	if (options.phase && event.phase !== options.phase) return false;
	if (options.kinds.length > 0 && !options.kinds.includes(event.kind)) return false;
	if (options.from !== undefined && event.year < options.from) return false;
	if (options.to !== undefined && event.year > options.to) return false;
	return true;
}
