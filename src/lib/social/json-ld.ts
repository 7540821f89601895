/**
 * schema.org structured data for the article pages (phases and events), so search engines
 * can show what period a page covers and who published it.
 */
import { routes } from '../routes';

export interface ArticleInput {
	headline: string;
	description: string;
	/** Absolute URL of the page. */
	url: string;
	/** Absolute URL of the page's social card. */
	image: string;
	siteName: string;
	/** Absolute URL of the site's home page. */
	siteUrl: string;
	/** The period the page is about: `2006-06`, or `2014/2017` for a span. */
	temporalCoverage?: string;
	/** What kind of thing the article reports (`Procurement`). */
	genre?: string;
	/** When the page's content was first published and last changed (ISO 8601 dates). */
	revised: { published: string; modified: string };
}

/** An `Article` object; pass it to the layout's `jsonLd` prop. */
export function articleJsonLd(input: ArticleInput): Record<string, unknown> {
	const publisher = { '@type': 'Organization', name: input.siteName, url: input.siteUrl };
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: input.headline,
		description: input.description,
		url: input.url,
		datePublished: input.revised.published,
		dateModified: input.revised.modified,
		mainEntityOfPage: input.url,
		image: input.image,
		inLanguage: 'en-GB',
		isAccessibleForFree: true,
		publisher,
		author: publisher,
		isPartOf: { '@type': 'WebSite', name: input.siteName, url: input.siteUrl },
		...(input.temporalCoverage && { temporalCoverage: input.temporalCoverage }),
		...(input.genre && { genre: input.genre }),
	};
}

/** Article data for an event page. */
export function eventJsonLd(
	event: { id: string; title: string; summary: string; date: string; kindLabel: string; revised: ArticleInput['revised'] },
	site: URL,
	siteName: string,
): Record<string, unknown> {
	return articleJsonLd({
		headline: event.title,
		description: event.summary,
		url: new URL(routes.event(event.id), site).href,
		image: new URL(routes.card({ section: 'events', id: event.id }), site).href,
		siteName,
		siteUrl: new URL(routes.home(), site).href,
		temporalCoverage: event.date,
		genre: event.kindLabel,
		revised: event.revised,
	});
}

/** Article data for a phase page; its span, if known, is the period covered. */
export function phaseJsonLd(
	phase: { id: string; title: string; summary: string; span: { start: string; end: string } | undefined; revised: ArticleInput['revised'] },
	site: URL,
	siteName: string,
): Record<string, unknown> {
	return articleJsonLd({
		headline: phase.title,
		description: phase.summary,
		url: new URL(routes.phase(phase.id), site).href,
		image: new URL(routes.card({ section: 'phases', id: phase.id }), site).href,
		siteName,
		siteUrl: new URL(routes.home(), site).href,
		...(phase.span && { temporalCoverage: `${phase.span.start}/${phase.span.end}` }),
		revised: phase.revised,
	});
}
