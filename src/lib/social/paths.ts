/**
 * Where a page's social card and oEmbed response live, derived from the page's own path so
 * that every page gets them without each page having to pass them in.
 */

/** The card used by pages that have no card of their own. */
export const SITE_CARD_PATH = '/og/site.png';

/** Sections whose every page has its own card, `/og/<section>/<id>.png`. */
export const CARD_SECTIONS = ['phases', 'events', 'organisations'] as const;

const SECTION_PAGE = new RegExp(`^/(${CARD_SECTIONS.join('|')})/([a-z0-9-]+)/$`);

/** The social card image path for a page path (`/events/x/` → `/og/events/x.png`). */
export function cardPathFor(pathname: string): string {
	if (pathname === '/timeline/') return '/og/timeline.png';
	const match = SECTION_PAGE.exec(pathname);
	return match ? `/og/${match[1]}/${match[2]}.png` : SITE_CARD_PATH;
}

/** The embeddable view of a page, if it has one: the timeline and each phase. */
export function embedPathFor(pathname: string): string | undefined {
	if (pathname === '/timeline/') return '/embed/timeline/';
	const match = SECTION_PAGE.exec(pathname);
	return match?.[1] === 'phases' ? `/embed/timeline/${match[2]}/` : undefined;
}

/** The static oEmbed response for a page, if it has an embeddable view. */
export function oembedPathFor(pathname: string): string | undefined {
	if (pathname === '/timeline/') return '/oembed/timeline.json';
	const match = SECTION_PAGE.exec(pathname);
	return match?.[1] === 'phases' ? `/oembed/phases/${match[2]}.json` : undefined;
}
