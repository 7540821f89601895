/** `/oembed/phases/<id>.json`: the oEmbed response for each phase page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPhases } from '../../../data/collections';
import { oembedResponse } from '../../../lib/embed/oembed';
import { SITE_TITLE } from '../../../consts';
import { routes } from '../../../lib/routes';

export const getStaticPaths = (async () =>
	(await getPhases()).map((phase) => ({ params: { id: phase.id }, props: { title: phase.title } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, params, props }) =>
	Response.json(
		oembedResponse({
			title: props.title as string,
			embedUrl: new URL(routes.embedTimeline(params.id), site).href,
			thumbnailUrl: new URL(routes.card({ section: 'phases', id: params.id! }), site).href,
			siteName: SITE_TITLE,
			siteUrl: new URL(routes.home(), site).href,
		}),
	);
