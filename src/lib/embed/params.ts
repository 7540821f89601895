/**
 * The embed's options, read from its URL: what the timeline shows comes from the timeline's
 * own parser (lib/timeline/url-state.ts, shared with /timeline/), and this module adds only
 * how the frame looks. Every value is checked against a closed set or a strict pattern:
 * anything unknown, malformed or oversized is dropped and the default used, so no parameter
 * can carry markup, script or CSS into the page.
 */
import { EMPTY_FILTERS, type TimelineState } from '../timeline/types';
import { MAX_VALUE_LENGTH, parseTimelineState, serialiseTimelineState, toParams, type KnownIds } from '../timeline/url-state';

/** The themes a host can ask for; `auto` follows the reader's system setting. */
export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** How the frame looks. */
export interface EmbedDisplay {
	theme: EmbedTheme;
	/** `#rgb` or `#rrggbb`, lower-cased, or undefined for the site accent. */
	accent: string | undefined;
	compact: boolean;
}

/** Everything an embed's URL can say: what the timeline opens on, and how it looks. */
export interface EmbedOptions extends EmbedDisplay {
	state: TimelineState;
}

export const DEFAULT_EMBED_DISPLAY: Readonly<EmbedDisplay> = Object.freeze({ theme: 'auto', accent: undefined, compact: false });

const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/;

/** A value from the query, or undefined when absent, empty or too long. */
function take(params: URLSearchParams, name: string): string | undefined {
	const value = params.get(name)?.trim();
	return value && value.length <= MAX_VALUE_LENGTH ? value : undefined;
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
 * How the frame looks, from its query string (`?theme=dark&accent=%23c00&compact=1`).
 * @example parseEmbedDisplay('?theme=dark&accent=%23C00') // => { theme: 'dark', accent: '#c00', compact: false }
 */
export function parseEmbedDisplay(query: string | URLSearchParams): EmbedDisplay {
	const params = toParams(query);
	const theme = take(params, 'theme');
	return {
		theme: EMBED_THEMES.find((name) => name === theme) ?? 'auto',
		accent: parseAccent(take(params, 'accent')),
		compact: flag(take(params, 'compact')),
	};
}

/** Every option, parsed once: the timeline's state (known ids only) and the display. */
export function parseEmbedParams(query: string | URLSearchParams, known: KnownIds): EmbedOptions {
	const params = toParams(query);
	return { state: parseTimelineState(params, known), ...parseEmbedDisplay(params) };
}

/**
 * The query string for a set of options, leaving out defaults (`''` when all are defaults).
 * The embed builder uses it, so a snippet carries only what the editor chose.
 */
export function serializeEmbedParams(options: Partial<EmbedOptions>): string {
	const params = new URLSearchParams(serialiseTimelineState(options.state ?? { filters: EMPTY_FILTERS }));
	if (options.theme && options.theme !== 'auto') params.set('theme', options.theme);
	if (options.accent) params.set('accent', options.accent);
	if (options.compact) params.set('compact', '1');
	const query = params.toString().replace(/%2C/g, ',');
	return query ? `?${query}` : '';
}
