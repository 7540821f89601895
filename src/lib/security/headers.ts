/**
 * The HTTP response headers the site ships with, as a Netlify/Cloudflare Pages `_headers`
 * file. The Content-Security-Policy allows scripts and styles only from the site itself
 * plus the inline ones Astro emitted (by hash, copied from the built pages' CSP `<meta>`
 * elements), never 'unsafe-inline' for scripts. Embed pages may be framed by any site; every other page only by itself.
 */
import { routes } from '../routes';

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

/** Browser features no page uses, turned off. */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

/**
 * The script and style directives Astro wrote into the pages' CSP `<meta>` elements
 * (`script-src`, `style-src` and any `-elem`/`-attr` variants), each as its list of sources.
 * Copied as they are, so whatever is set in `security.csp` reaches the header too.
 */
export type AssetDirectives = Record<string, string[]>;

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
const ASSET_DIRECTIVE = /^(script|style)-src(-elem|-attr)?$/;

/** The script and style directives of one built page. */
export function assetDirectivesFromHtml(html: string): AssetDirectives {
	const policy = META_CSP.exec(html)?.[1] ?? '';
	const found: AssetDirectives = {};
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name && ASSET_DIRECTIVE.test(name)) found[name] = sources;
	}
	return found;
}

/** The union of several pages' directives, sorted so the output is stable. */
export function mergeAssetDirectives(all: AssetDirectives[]): AssetDirectives {
	const merged: Record<string, Set<string>> = {};
	for (const directives of all) {
		for (const [name, sources] of Object.entries(directives)) {
			for (const source of sources) (merged[name] ??= new Set()).add(source);
		}
	}
	// Without any policy in the pages, scripts and styles may still come from the site itself.
	merged['script-src'] ??= new Set(["'self'"]);
	merged['style-src'] ??= new Set(["'self'"]);
	return Object.fromEntries(
		Object.entries(merged)
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([name, sources]) => {
				const list = [...sources].sort();
				// 'self' first, for readers of the file.
				return [name, list.includes("'self'") ? ["'self'", ...list.filter((source) => source !== "'self'")] : list];
			}),
	);
}

/** A complete policy for a page that may be framed by `frameAncestors`. */
export function contentSecurityPolicy(assets: AssetDirectives, frameAncestors: "'self'" | '*'): string {
	return [
		...BASE_DIRECTIVES,
		...Object.entries(assets).map(([name, sources]) => [name, ...sources].join(' ')),
		`frame-ancestors ${frameAncestors}`,
	].join('; ');
}

/** The folders of embed pages, which any site may frame; all under one top-level folder. */
export const FRAMEABLE_FOLDERS = ['embed/timeline', 'embed/events'];

/**
 * The path patterns that give every HTML page its CSP and framing rule, under every path a
 * host may serve it at: with and without the trailing slash, as `.../index.html`, and the 404
 * page served for a missing path in a known folder or at the top level. Netlify lets a pattern
 * match with or without a trailing slash; other hosts (Cloudflare Pages) match the pattern as
 * written, so both forms are listed. A path may match several patterns of the same policy,
 * never one of each.
 * @param pages the built HTML files, relative to dist/ (`index.html`, `events/x/index.html`)
 */
export function pagePatterns(pages: string[]): { own: string[]; frameable: string[] } {
	const frameableTop = FRAMEABLE_FOLDERS[0]!.split('/')[0];
	const inFrameable = (page: string) => FRAMEABLE_FOLDERS.some((folder) => page.startsWith(`${folder}/`));
	const folders = [...new Set(pages.filter((page) => page.includes('/')).map((page) => page.split('/')[0]!))];
	// Pages beside the frameable folder in its parent (`embed/index.html`) are listed one by one:
	// a wildcard there would reach the frameable folder too.
	const besideFrameable = pages
		.filter((page) => page.startsWith(`${frameableTop}/`) && !inFrameable(page))
		.flatMap((page) => [`/${page}`, `/${page.replace(/index\.html$/, '')}`]);
	return {
		// `/:page` is every top-level path (root files, folders without the slash, 404s there);
		// `/folder/*` a folder with the slash and everything below it.
		own: [...new Set(['/', '/:page', ...folders.filter((folder) => folder !== frameableTop).map((folder) => `/${folder}/*`), ...besideFrameable])].sort(),
		frameable: FRAMEABLE_FOLDERS.flatMap((folder) => [`/${folder}`, `/${folder}/*`]),
	};
}

/**
 * What any site may fetch (Access-Control-Allow-Origin: *). Embeds framed with a sandbox (as
 * WordPress frames them) have an opaque origin, so their scripts, the loader, the theme
 * stylesheet and the event details the timeline embed fetches are all cross-origin requests;
 * open data and oEmbed responses are for everyone.
 */
export const OPEN_TO_ANY_SITE = ['/_astro/*', routes.embedLoader(), routes.embedThemes(), routes.timelineDetails(), `${routes.dataFolder()}*`, `${routes.oembedFolder()}*`];

/**
 * The `_headers` file. Hosts send the headers of every rule that matches a path (Cloudflare
 * Pages sends a header twice when two rules set it), and a browser enforces every CSP it is
 * sent, so no path may match both an own-site and a frameable policy (the same policy twice
 * is harmless).
 */
export function headersFile(pages: string[], assets: AssetDirectives): string {
	const own = contentSecurityPolicy(assets, "'self'");
	const open = contentSecurityPolicy(assets, '*');
	const sameOrigin = ['X-Frame-Options: SAMEORIGIN', `Content-Security-Policy: ${own}`];
	const rule = (pattern: string, headers: string[]) => [pattern, ...headers.map((header) => `  ${header}`)].join('\n');
	const patterns = pagePatterns(pages);
	return [
		'# Generated at build time by src/integrations/security-headers from the built pages.\n' +
			'# Netlify and Cloudflare Pages syntax; README.md has the same rules for nginx.',
		rule('/*', [
			'X-Content-Type-Options: nosniff',
			`Referrer-Policy: ${REFERRER_POLICY}`,
			`Permissions-Policy: ${PERMISSIONS_POLICY}`,
		]),
		...OPEN_TO_ANY_SITE.map((pattern) => rule(pattern, ['Access-Control-Allow-Origin: *'])),
		rule('/_astro/*', ['Cache-Control: public, max-age=31536000, immutable']),
		...patterns.frameable.map((pattern) => rule(pattern, [`Content-Security-Policy: ${open}`])),
		...patterns.own.map((pattern) => rule(pattern, sameOrigin)),
	].join('\n\n') + '\n';
}
