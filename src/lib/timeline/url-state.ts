/**
 * The timeline's state in the address bar, so a shared link opens exactly that view:
 * `?event=<id>&view=story&kind=contract,policy&phase=<id>&org=<id>&q=words&from=2012&to=2016`.
 * One parser for /timeline/ and the embed. Unknown values are dropped, never trusted: a stale
 * or mistyped link still opens a working timeline.
 */
import { EVENT_KINDS, type EventKind, type TimelineState } from './types';

/** The ids a link may name; anything else is ignored. */
export interface KnownIds {
	events: ReadonlySet<string>;
	phases: ReadonlySet<string>;
	organisations: ReadonlySet<string>;
}

/** Longer query strings are cut before parsing, so a huge URL costs nothing. */
export const MAX_QUERY_LENGTH = 2048;
/** Longer single values are ignored outright (no real id or list of kinds is this long). */
export const MAX_VALUE_LENGTH = 200;
const MAX_SEARCH = 100;
/** Years outside this range cannot be meant for this story; they are ignored. */
export const YEAR_BOUNDS = { min: 1990, max: 2100 } as const;

/** Every value of a key, whether repeated (`kind=a&kind=b`) or comma-separated (`kind=a,b`). */
function values(params: URLSearchParams, key: string): string[] {
	return params
		.getAll(key)
		.filter((value) => value.length <= MAX_VALUE_LENGTH)
		.flatMap((value) => value.split(','))
		.map((value) => value.trim())
		.filter(Boolean);
}

function year(value: string | null): number | undefined {
	if (!value || !/^\d{4}$/.test(value.trim())) return undefined;
	const parsed = Number(value);
	return parsed >= YEAR_BOUNDS.min && parsed <= YEAR_BOUNDS.max ? parsed : undefined;
}

/** A query string (or parsed parameters), cut to MAX_QUERY_LENGTH. */
export function toParams(query: string | URLSearchParams): URLSearchParams {
	return typeof query === 'string' ? new URLSearchParams(query.slice(0, MAX_QUERY_LENGTH)) : query;
}

/**
 * Reads the state from a query string, keeping only known ids and kinds. `kind` and `kinds`
 * are the same filter (the embed once used `kinds`).
 * @example parseTimelineState('?event=x&view=story&kinds=contract,nope', known) // => { event: 'x', view: 'story', filters: { kinds: ['contract'], query: '' } }
 */
export function parseTimelineState(query: string | URLSearchParams, known: KnownIds): TimelineState {
	const params = toParams(query);
	const event = params.get('event') ?? '';
	const phase = params.get('phase') ?? '';
	const organisation = params.get('org') ?? '';
	const asked = [...values(params, 'kind'), ...values(params, 'kinds')];
	const kinds = EVENT_KINDS.filter((kind) => asked.includes(kind));
	const search = (params.get('q') ?? '').trim().slice(0, MAX_SEARCH);
	let from = year(params.get('from'));
	let to = year(params.get('to'));
	if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
	const hasEvent = known.events.has(event);
	return {
		...(hasEvent ? { event } : {}),
		...(hasEvent && params.get('view') === 'story' ? { view: 'story' as const } : {}),
		filters: {
			kinds,
			...(known.phases.has(phase) ? { phase } : {}),
			...(known.organisations.has(organisation) ? { organisation } : {}),
			query: search,
			...(from !== undefined ? { from } : {}),
			...(to !== undefined ? { to } : {}),
		},
	};
}

/**
 * Writes the state as a query string (`''` for the default view), in a fixed key order so
 * equal states give equal URLs.
 * @example serialiseTimelineState({ event: 'x', filters: { kinds: ['contract'], query: '' } }) // => '?event=x&kind=contract'
 */
export function serialiseTimelineState(state: TimelineState): string {
	const params = new URLSearchParams();
	if (state.event) params.set('event', state.event);
	if (state.event && state.view) params.set('view', state.view);
	const kinds: EventKind[] = EVENT_KINDS.filter((kind) => state.filters.kinds.includes(kind));
	if (kinds.length > 0) params.set('kind', kinds.join(','));
	if (state.filters.phase) params.set('phase', state.filters.phase);
	if (state.filters.organisation) params.set('org', state.filters.organisation);
	const query = state.filters.query.trim();
	if (query) params.set('q', query);
	if (state.filters.from !== undefined) params.set('from', String(state.filters.from));
	if (state.filters.to !== undefined) params.set('to', String(state.filters.to));
	const text = params.toString().replace(/%2C/g, ',');
	return text ? `?${text}` : '';
}
