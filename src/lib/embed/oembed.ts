/**
 * oEmbed (https://oembed.com/) responses for the embeddable views, type `rich`. The HTML is
 * the iframe alone: WordPress keeps only the iframe from providers it does not know, adds
 * its `#?secret=` and sandboxes it; the embed then resizes itself through wp-embed.js.
 */
import { DEFAULT_EMBED_HEIGHT, embedSnippet } from './snippet';

export interface OembedInput {
	title: string;
	/** Absolute URL of the embed page. */
	embedUrl: string;
	/** Absolute URL of the card image. */
	thumbnailUrl: string;
	siteName: string;
	/** Absolute URL of the site's home page. */
	siteUrl: string;
}

/** The oEmbed JSON object for one embeddable view. */
export function oembedResponse(input: OembedInput): Record<string, unknown> {
	return {
		version: '1.0',
		type: 'rich',
		title: input.title,
		provider_name: input.siteName,
		provider_url: input.siteUrl,
		author_name: input.siteName,
		author_url: input.siteUrl,
		html: embedSnippet({ src: input.embedUrl, title: `${input.title} (${input.siteName})` }),
		width: 720,
		height: DEFAULT_EMBED_HEIGHT,
		thumbnail_url: input.thumbnailUrl,
		thumbnail_width: 1200,
		thumbnail_height: 630,
		cache_age: 86400,
	};
}
