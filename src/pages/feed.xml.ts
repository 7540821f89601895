/**
 * /feed.xml: an Atom feed of new events and corrections, for campaigners and anyone else
 * following the story. Built at build time from content; no network.
 */
import type { APIRoute } from 'astro';
import { getCorrections, getEvents } from '../data/collections';
import { buildAtomFeed } from '../lib/feed/atom';
import { feedEntries } from '../lib/feed/entries';
import { routes } from '../lib/routes';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts';

export const GET: APIRoute = async ({ site }) => {
	const [events, corrections] = await Promise.all([getEvents(), getCorrections()]);
	const base = site!;
	const xml = buildAtomFeed({
		id: new URL(routes.feed(), base).href,
		title: `${SITE_TITLE}: new events and corrections`,
		subtitle: SITE_DESCRIPTION,
		self: new URL(routes.feed(), base).href,
		home: new URL(routes.home(), base).href,
		author: SITE_TITLE,
		entries: feedEntries({ events, corrections, site: base }),
		// A fixed date keeps an empty feed's build reproducible.
		fallbackUpdated: '2026-11-30T00:00:00Z',
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
