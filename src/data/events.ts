/**
 * The event view models for the build, made once and shared by every page that shows an
 * event (see lib/event-view.ts for what a view holds).
 */
import { buildEventViews, type EventView } from '../lib/event-view';
import { getEvents, getOrganisations, getPhases, getSources } from './collections';

let views: Promise<EventView[]> | undefined;

async function build(): Promise<EventView[]> {
	const [events, phases, organisations, sources] = await Promise.all([getEvents(), getPhases(), getOrganisations(), getSources()]);
	return buildEventViews({ events, phases, organisations, sources });
}

/** Every event's view, in date order. Made once per build; `astro dev` remakes it so edits show. */
export function getEventViews(): Promise<EventView[]> {
	if (import.meta.env.DEV) return build();
	views ??= build();
	return views;
}

/** One event's view, by id. */
export async function getEventView(id: string): Promise<EventView> {
	const view = (await getEventViews()).find((event) => event.id === id);
	if (!view) throw new Error(`no event "${id}"`);
	return view;
}
