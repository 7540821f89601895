/** `/oembed/timeline.json`: the oEmbed response for /timeline/. */
import type { APIRoute } from 'astro';
import { oembedResponse } from '../../lib/embed/oembed';
import { SITE_TITLE } from '../../consts';

export const GET: APIRoute = ({ site }) =>
	Response.json(
		oembedResponse({
			title: 'Timeline: how NHS commissioning in England opened to private companies',
			embedUrl: new URL('/embed/timeline/', site).href,
			thumbnailUrl: new URL('/og/timeline.png', site).href,
			siteName: SITE_TITLE,
			siteUrl: new URL('/', site).href,
		}),
	);
