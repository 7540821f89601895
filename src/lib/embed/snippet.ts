/**
 * The HTML a host pastes to embed a view: an iframe that works on its own at a fixed height
 * and fits its column, plus the optional loader that resizes it. Plain attributes only, so
 * WordPress's Custom HTML block and other CMSs keep it as written.
 */

/** Height the timeline's iframe has before (or without) any resize message. */
export const DEFAULT_EMBED_HEIGHT = 640;
/** Height an event card's iframe has before any resize message: most cards fit in it. */
export const EVENT_EMBED_HEIGHT = 520;
/**
 * The iframe's `width` attribute: a valid number for hosts that read it (WordPress keeps the
 * attribute but strips the style), while the style makes the frame fill its column. Its ratio
 * to either height is far from the 4:3, 1:1 and 9:16 shapes WordPress's embed block would lock
 * the frame to, so the block lets the frame grow.
 */
export const EMBED_WIDTH = 600;

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
		`<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${EMBED_WIDTH}" height="${Math.round(height)}" frameborder="0"` +
		// clipboard-write lets "copy link" work inside a cross-origin frame where the host keeps it.
		// No max-width of our own: a theme's (such as WordPress's content width) must still apply.
		` loading="lazy" allow="clipboard-write" style="display:block;width:100%;border:0"></iframe>`;
	return loaderSrc ? `${iframe}\n<script async src="${escapeHtml(loaderSrc)}"></script>` : iframe;
}
