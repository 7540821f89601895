/** `/data/events.csv`: the same events as events.json, one row each, for spreadsheets. */
import type { APIRoute } from 'astro';
import { loadEventsExport } from './_export';
import { eventsCsv } from '../../lib/open-data/events-export';

export const GET: APIRoute = async ({ site }) =>
	new Response(eventsCsv(await loadEventsExport(site!)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
