/**
 * The timeline's state in the address bar, so a shared link opens exactly that view:
 * `?event=<id>&kind=contract,policy&phase=<id>&org=<id>&q=words`. Unknown values are dropped,
 * never trusted: a stale or mistyped link still opens a working timeline.
 */
import { EVENT_KINDS, type EventKind, type TimelineState } from './types';

/** The ids a link may name; anything else is ignored. */
export interface KnownIds {
	events: ReadonlySet<string>;
	phases: ReadonlySet<string>;
	organisations: ReadonlySet<string>;
}

const MAX_QUERY = 100;

/** Every value of a key, whether repeated (`kind=a&kind=b`) or comma-separated (`kind=a,b`). */
function values(params: URLSearchParams, key: string): string[] {
	return params
		.getAll(key)
		.flatMap((value) => value.split(','))
		.map((value) => value.trim())
		.filter(Boolean);
}

/**
 * Reads the state from a query string, keeping only known ids and kinds.
 * @example parseTimelineState('?event=x&kind=contract,nope', known) // => { event: 'x', filters: { kinds: ['contract'], query: '' } }
 */
export function parseTimelineState(search: string, known: KnownIds): TimelineState {
	const params = new URLSearchParams(search);
	const event = params.get('event') ?? '';
	const phase = params.get('phase') ?? '';
	const organisation = params.get('org') ?? '';
	const kinds = EVENT_KINDS.filter((kind) => values(params, 'kind').includes(kind));
	const query = (params.get('q') ?? '').trim().slice(0, MAX_QUERY);
	return {
		...(known.events.has(event) ? { event } : {}),
		filters: {
			kinds,
			...(known.phases.has(phase) ? { phase } : {}),
			...(known.organisations.has(organisation) ? { organisation } : {}),
			query,
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
	const kinds: EventKind[] = EVENT_KINDS.filter((kind) => state.filters.kinds.includes(kind));
	if (kinds.length > 0) params.set('kind', kinds.join(','));
	if (state.filters.phase) params.set('phase', state.filters.phase);
	if (state.filters.organisation) params.set('org', state.filters.organisation);
	const query = state.filters.query.trim();
	if (query) params.set('q', query);
	const text = params.toString().replace(/%2C/g, ',');
	return text ? `?${text}` : '';
}
