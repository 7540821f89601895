/**
 * The timeline panel's text for every event (summary, sums, sources), by id. The island's props
 * carry only what it draws; this file is fetched once, when a reader first opens an event.
 */
import type { APIRoute } from 'astro';
import { getEventViews } from '../../data/events';
import { toTimelineDetails } from '../../lib/timeline/to-items';

export const GET: APIRoute = async () => {
	const views = await getEventViews();
	return new Response(JSON.stringify(Object.fromEntries(views.map((view) => [view.id, toTimelineDetails(view)]))), {
		headers: { 'Content-Type': 'application/json' },
	});
};
