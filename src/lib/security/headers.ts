/**
 * The HTTP response headers the site ships with, as a Netlify/Cloudflare Pages `_headers`
 * file. The Content-Security-Policy allows scripts and styles only from the site itself
 * plus the inline ones Astro emitted (by hash, collected from the built pages), never
 * 'unsafe-inline'. Embed pages may be framed by any site; every other page only by itself.
 */

/** Directives shared by the `<meta>` policy Astro writes and the header policy. */
export const BASE_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"frame-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** Outbound links carry no referrer; same-site navigation keeps it. */
export const REFERRER_POLICY = 'same-origin';

export interface InlineHashes {
	script: string[];
	style: string[];
}

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The script and style hashes in a built page's CSP `<meta>` element. */
export function hashesFromHtml(html: string): InlineHashes {
	const policy = META_CSP.exec(html)?.[1] ?? '';
	const hashesOf = (directive: string) =>
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter(([name]) => name === directive)
			.flatMap((tokens) => tokens.filter((token) => /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(token)));
	return { script: hashesOf('script-src'), style: hashesOf('style-src') };
}

/** The union of several pages' hashes, sorted so the output is stable. */
export function mergeHashes(all: InlineHashes[]): InlineHashes {
	const merge = (key: keyof InlineHashes) => [...new Set(all.flatMap((hashes) => hashes[key]))].sort();
	return { script: merge('script'), style: merge('style') };
}

/** A complete policy for a page that may be framed by `frameAncestors`. */
export function contentSecurityPolicy(hashes: InlineHashes, frameAncestors: "'self'" | '*'): string {
	return [
		...BASE_DIRECTIVES,
		['script-src', "'self'", ...hashes.script].join(' '),
		['style-src', "'self'", ...hashes.style].join(' '),
		`frame-ancestors ${frameAncestors}`,
	].join('; ');
}

export interface SiteLayout {
	/** Top-level folders that hold HTML pages (`timeline`, `events`, `embed`). */
	pageFolders: string[];
	/** HTML files at the top level (`index.html`, `404.html`). */
	rootPages: string[];
}

/** Paths of embed pages, which any site may frame. */
export const FRAMEABLE_PATTERN = '/embed/timeline/*';

/**
 * The `_headers` file. Each path gets its CSP from exactly one rule, because hosts merge
 * headers from every matching rule and two policies would both be enforced.
 */
export function headersFile(layout: SiteLayout, hashes: InlineHashes): string {
	const own = contentSecurityPolicy(hashes, "'self'");
	const open = contentSecurityPolicy(hashes, '*');
	const sameOrigin = ['X-Frame-Options: SAMEORIGIN', `Content-Security-Policy: ${own}`];
	const rule = (pattern: string, headers: string[]) => [pattern, ...headers.map((header) => `  ${header}`)].join('\n');
	const pagePatterns = [
		...layout.rootPages.map((file) => (file === 'index.html' ? '/' : `/${file}`)),
		...layout.pageFolders.flatMap((folder) => (folder === 'embed' ? ['/embed/'] : [`/${folder}/*`])),
	].sort();
	return [
		'# Generated at build time by src/integrations/security-headers from the built pages.\n' +
			'# Netlify and Cloudflare Pages syntax; README.md has the same rules for nginx.',
		rule('/*', [
			'X-Content-Type-Options: nosniff',
			`Referrer-Policy: ${REFERRER_POLICY}`,
			'Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
		]),
		// Sandboxed embeds (WordPress) have an opaque origin: their module scripts are CORS requests.
		rule('/_astro/*', ['Access-Control-Allow-Origin: *', 'Cache-Control: public, max-age=31536000, immutable']),
		rule('/embed.js', ['Access-Control-Allow-Origin: *']),
		rule('/embed/themes.css', ['Access-Control-Allow-Origin: *']),
		rule('/data/*', ['Access-Control-Allow-Origin: *']),
		rule('/oembed/*', ['Access-Control-Allow-Origin: *']),
		rule(FRAMEABLE_PATTERN, [`Content-Security-Policy: ${open}`]),
		...pagePatterns.map((pattern) => rule(pattern, sameOrigin)),
	].join('\n\n') + '\n';
}
