/**
 * The static oEmbed responses: `/oembed/timeline.json`, `/oembed/phases/<id>.json` and
 * `/oembed/events/<id>.json`, each also as `.xml`, at the paths routes.oembed() gives.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPhases } from '../../data/collections';
import { getEventViews } from '../../data/events';
import { oembedResponse, oembedXml } from '../../lib/embed/oembed';
import { EVENT_EMBED_HEIGHT } from '../../lib/embed/snippet';
import { routes, type PageRef } from '../../lib/routes';
import { SITE_TITLE } from '../../consts';

interface Embeddable {
	page: PageRef;
	title: string;
	height?: number;
}

export const getStaticPaths = (async () => {
	const [phases, events] = await Promise.all([getPhases(), getEventViews()]);
	const pages: Embeddable[] = [
		{ page: { section: 'timeline' }, title: 'Timeline: how NHS commissioning in England opened to private companies' },
		...phases.map((phase): Embeddable => ({ page: { section: 'phases', id: phase.id }, title: phase.title })),
		...events.map((event): Embeddable => ({ page: { section: 'events', id: event.id }, title: event.title, height: EVENT_EMBED_HEIGHT })),
	];
	return pages.flatMap((embeddable) =>
		(['json', 'xml'] as const).map((format) => ({
			params: { file: routes.oembed(embeddable.page, format)!.replace(/^\/oembed\//, '') },
			props: { ...embeddable, format },
		})),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) => {
	const { page, title, height, format } = props as Embeddable & { format: 'json' | 'xml' };
	const response = oembedResponse({
		title,
		pageUrl: new URL(routes.page(page), site).href,
		embedUrl: new URL(routes.embed(page)!, site).href,
		...(height !== undefined && { height }),
		thumbnailUrl: new URL(routes.card(page), site).href,
		siteName: SITE_TITLE,
		siteUrl: new URL(routes.home(), site).href,
	});
	if (format === 'json') return Response.json(response);
	return new Response(oembedXml(response), { headers: { 'Content-Type': 'text/xml; charset=utf-8' } });
};
