import { FRAMEABLE_FOLDERS } from '../../src/lib/security/headers';

/**
 * Every path a static host may answer with a built HTML page: the folder with and without
 * its trailing slash and the file itself; for the 404 page, missing paths at the top level
 * and inside each folder the site has (the host serves 404.html there). Not inside the folder
 * that holds the frameable one (`/embed/<missing>/`): no `_headers` pattern can tell a missing
 * sibling from the frameable folder without overlapping it, so those 404s keep only the page's
 * `<meta>` policy.
 * @param page an HTML file relative to dist/ (`index.html`, `events/x/index.html`, `404.html`)
 */
export function servedPaths(page: string): string[] {
	if (page === '404.html') return ['/404.html', '/404', '/404/', '/no-such-page', '/no-such-page/'];
	const folder = page.replace(/(^|\/)index\.html$/, '');
	if (folder === page) return [`/${page}`];
	if (folder === '') return ['/', '/index.html'];
	const missing = FRAMEABLE_FOLDERS.some((frameable) => frameable.startsWith(`${folder}/`)) ? [] : [`/${folder}/no-such-page/`];
	return [`/${folder}/`, `/${folder}`, `/${page}`, ...missing];
}
