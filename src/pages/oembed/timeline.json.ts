/** `/oembed/timeline.json`: the oEmbed response for /timeline/. */
import type { APIRoute } from 'astro';
import { oembedResponse } from '../../lib/embed/oembed';
import { SITE_TITLE } from '../../consts';
import { routes } from '../../lib/routes';

export const GET: APIRoute = ({ site }) =>
	Response.json(
		oembedResponse({
			title: 'Timeline: how NHS commissioning in England opened to private companies',
			embedUrl: new URL(routes.embedTimeline(), site).href,
			thumbnailUrl: new URL(routes.card({ section: 'timeline' }), site).href,
			siteName: SITE_TITLE,
			siteUrl: new URL(routes.home(), site).href,
		}),
	);
