/** `/data/events.json`: every event, with phase, kind, figures, organisations and sources. */
import type { APIRoute } from 'astro';
import { loadEventsExport } from './_export';

export const GET: APIRoute = async ({ site }) =>
	new Response(`${JSON.stringify(await loadEventsExport(site!), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
