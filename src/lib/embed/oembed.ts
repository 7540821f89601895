/**
 * oEmbed (https://oembed.com/) responses for the embeddable views, type `rich`, in JSON and
 * XML. The HTML is a blockquote linking to the page, then the iframe: WordPress keeps only
 * those two elements from providers it does not know, sandboxes the iframe, adds its
 * `#?secret=`, and loads its resizer (wp-embed.js) only when it finds the blockquote. The
 * blockquote is also what readers see wherever the iframe cannot load.
 *
 * The files are static, so they cannot honour a consumer's `maxwidth`, `maxheight` or
 * `format` parameters; the HTML fills whatever column it is put in instead.
 */
import { DEFAULT_EMBED_HEIGHT, EMBED_WIDTH, embedSnippet, escapeHtml } from './snippet';

export interface OembedInput {
	title: string;
	/** Absolute URL of the page the embed shows (the address a host pasted). */
	pageUrl: string;
	/** Absolute URL of the embed page. */
	embedUrl: string;
	/** The iframe's height before the embed reports its own. */
	height?: number;
	/** Absolute URL of the card image. */
	thumbnailUrl: string;
	siteName: string;
	/** Absolute URL of the site's home page. */
	siteUrl: string;
}

/** The oEmbed `html`: a linked blockquote, then the iframe. */
export function oembedHtml(input: Pick<OembedInput, 'title' | 'pageUrl' | 'embedUrl' | 'height' | 'siteName'>): string {
	const name = `${input.title} (${input.siteName})`;
	return (
		`<blockquote class="wp-embedded-content"><a href="${escapeHtml(input.pageUrl)}">${escapeHtml(name)}</a></blockquote>` +
		embedSnippet({ src: input.embedUrl, title: name, height: input.height ?? DEFAULT_EMBED_HEIGHT })
	);
}

/** The oEmbed response object for one embeddable view. */
export function oembedResponse(input: OembedInput): Record<string, string | number> {
	const height = input.height ?? DEFAULT_EMBED_HEIGHT;
	return {
		version: '1.0',
		type: 'rich',
		title: input.title,
		provider_name: input.siteName,
		provider_url: input.siteUrl,
		author_name: input.siteName,
		author_url: input.siteUrl,
		html: oembedHtml({ ...input, height }),
		width: EMBED_WIDTH,
		height,
		thumbnail_url: input.thumbnailUrl,
		thumbnail_width: 1200,
		thumbnail_height: 630,
		cache_age: 86400,
	};
}

/** The same response in the spec's XML form: one element per field, text escaped. */
export function oembedXml(response: Record<string, string | number>): string {
	const fields = Object.entries(response).map(([name, value]) => `\t<${name}>${escapeHtml(String(value))}</${name}>`);
	return ['<?xml version="1.0" encoding="utf-8" standalone="yes"?>', '<oembed>', ...fields, '</oembed>', ''].join('\n');
}
