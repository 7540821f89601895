/**
 * Every path on the site, built in one place. Pages, components, cards, JSON-LD, open data
 * and the islands take their links from here; nothing else writes `/events/${id}/` by hand.
 * Imported by client code too: keep it free of astro:* and node:* imports.
 */

/** A page that has its own card, oEmbed response and (for some) embeddable view. */
export type PageRef =
	| { section: 'events'; id: string }
	| { section: 'phases'; id: string }
	| { section: 'organisations'; id: string }
	| { section: 'timeline' };

/** The parts of the site a reader can be told a page belongs to (routes.sectionAt). */
export type SiteSection = PageRef['section'] | 'glossary' | 'sources';

/** How the timeline opens: on an event, optionally stepping through the story from it. */
export interface TimelineLink {
	event?: string;
	view?: 'story';
	phase?: string;
}

function query(params: Record<string, string | undefined>): string {
	const search = new URLSearchParams();
	for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
	const text = search.toString();
	return text ? `?${text}` : '';
}

export const routes = {
	home: () => '/',
	/** `/timeline/?event=x&view=story`: the timeline, opening where the link says. */
	timeline: (link: TimelineLink = {}) => `/timeline/${query({ event: link.event, view: link.view, phase: link.phase })}`,
	/** Every event's summary, sums and sources for the timeline's panel, fetched on first open. */
	timelineDetails: () => '/timeline/details.json',
	event: (id: string) => `/events/${id}/`,
	phase: (id: string) => `/phases/${id}/`,
	/** The printable one-page summary of a phase. */
	phaseSummary: (id: string) => `/phases/${id}/summary/`,
	organisations: () => '/organisations/',
	organisation: (id: string) => `/organisations/${id}/`,
	sources: () => '/sources/',
	/** A source's entry on the sources page. */
	source: (id: string) => `/sources/#${id}`,
	glossary: () => '/glossary/',
	/** A term's entry in the glossary. */
	glossaryTerm: (id: string) => `/glossary/#${id}`,
	/** The public list of corrections to the site and to the sources it cites. */
	corrections: () => '/corrections/',
	/** One correction's entry on the corrections page. */
	correction: (id: string) => `/corrections/#${id}`,
	/** The part of the corrections page that lists where the site corrects its sources. */
	correctedSources: () => '/corrections/#sources-we-correct',
	/** The Atom feed of new events and corrections. */
	feed: () => '/feed.xml',
	diagrams: () => '/diagrams/',
	diagramStep: (step: string) => `/diagrams/${step}/`,
	/** The search page, optionally with a query that runs on arrival. */
	search: (q?: string) => `/search/${query({ q })}`,
	embedBuilder: () => '/embed/',
	/** The embeddable timeline, whole or limited to one phase. */
	embedTimeline: (phase?: string) => (phase ? `/embed/timeline/${phase}/` : '/embed/timeline/'),
	/** The embeddable card of one event. */
	embedEvent: (id: string) => `/embed/events/${id}/`,
	/** The loader script that resizes embeds on any host page. */
	embedLoader: () => '/embed.js',
	/** The stylesheet that lets an embed's `?theme=` force light or dark. */
	embedThemes: () => '/embed/themes.css',
	/** The folder of open data files, which any site may fetch. */
	dataFolder: () => '/data/',
	/** Open data files. */
	data: (file: 'events.json' | 'events.csv' | 'events.schema.json') => `${routes.dataFolder()}${file}`,
	/** The name of a page's social card under /og/ (the card route's `slug` parameter). */
	cardSlug: (page?: PageRef) => {
		if (!page) return 'site';
		return page.section === 'timeline' ? 'timeline' : `${page.section}/${page.id}`;
	},
	/** The social card image of a page; pages without their own share the site's. */
	card: (page?: PageRef) => `/og/${routes.cardSlug(page)}.png`,
	/** The page a reference names. */
	page: (page: PageRef) => {
		if (page.section === 'timeline') return routes.timeline();
		if (page.section === 'events') return routes.event(page.id);
		if (page.section === 'phases') return routes.phase(page.id);
		return routes.organisation(page.id);
	},
	/** The page at a path, if a page reference can name it: the inverse of `page`. */
	pageAt: (path: string): PageRef | undefined => {
		if (path === routes.timeline()) return { section: 'timeline' };
		const match = /^\/(events|phases|organisations)\/([a-z0-9-]+)\/$/.exec(path);
		return match ? { section: match[1] as 'events' | 'phases' | 'organisations', id: match[2]! } : undefined;
	},
	/** The part of the site a path lies in (a phase's summary lies in its phase), if it is one of these. */
	sectionAt: (path: string): SiteSection | undefined => {
		if (path === routes.glossary()) return 'glossary';
		if (path === routes.sources()) return 'sources';
		if (path.startsWith(routes.timeline())) return 'timeline';
		return /^\/(events|phases|organisations)\/[a-z0-9-]+\//.exec(path)?.[1] as SiteSection | undefined;
	},
	/** The embeddable view of a page, if it has one: the timeline, each phase's timeline, each event's card. */
	embed: (page: PageRef): string | undefined => {
		if (page.section === 'timeline') return routes.embedTimeline();
		if (page.section === 'phases') return routes.embedTimeline(page.id);
		if (page.section === 'events') return routes.embedEvent(page.id);
		return undefined;
	},
	/**
	 * The static oEmbed response of a page that has an embeddable view, in either format the
	 * oEmbed spec defines (a static host cannot answer `?format=`, so each is its own file).
	 */
	oembed: (page: PageRef, format: 'json' | 'xml' = 'json'): string | undefined => {
		if (page.section === 'organisations') return undefined;
		return `${routes.oembedFolder()}${routes.cardSlug(page)}.${format}`;
	},
	/** The folder of oEmbed responses, which any site may fetch. */
	oembedFolder: () => '/oembed/',
} as const;
