/**
 * The HTML a host pastes to embed the timeline: an iframe that works on its own at a fixed
 * height, plus the optional loader that resizes it. Plain attributes only, so WordPress's
 * Custom HTML block and other CMSs keep it as written.
 */

/** Height the iframe has before (or without) any resize message. */
export const DEFAULT_EMBED_HEIGHT = 640;

/** Escapes text for use inside a double-quoted HTML attribute or element content. */
export function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}

export interface SnippetInput {
	/** Absolute URL of the embed page, query included. */
	src: string;
	/** Accessible name of the iframe. */
	title: string;
	/** Absolute URL of /embed.js; omit for an iframe alone (oEmbed responses). */
	loaderSrc?: string;
	height?: number;
}

/** The iframe (and loader script tag) for a given embed URL. */
export function embedSnippet({ src, title, loaderSrc, height = DEFAULT_EMBED_HEIGHT }: SnippetInput): string {
	const iframe =
		`<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" height="${Math.round(height)}"` +
		// clipboard-write lets the timeline's "copy link" work inside a cross-origin frame.
		` loading="lazy" allow="clipboard-write" style="border:0;width:100%;max-width:100%"></iframe>`;
	return loaderSrc ? `${iframe}\n<script async src="${escapeHtml(loaderSrc)}"></script>` : iframe;
}
