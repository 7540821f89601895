/** `/data/events.schema.json`: the JSON Schema that events.json follows. */
import type { APIRoute } from 'astro';
import { eventsJsonSchema } from '../../lib/open-data/events-export';
import { routes } from '../../lib/routes';

export const GET: APIRoute = ({ site }) =>
	new Response(`${JSON.stringify(eventsJsonSchema(new URL(routes.data('events.schema.json'), site).href), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
