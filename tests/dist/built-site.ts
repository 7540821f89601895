/** Reading the built site in dist/ as files: which pages there are, and each page's HTML. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';

export const DIST_DIR = join(import.meta.dirname, '../../dist');

/** Every built HTML page as a site path (`/`, `/timeline/`, `/404.html`), sorted. */
export function listPages(distDir = DIST_DIR): string[] {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.html')) {
				const rel = relative(distDir, path).split(sep).join('/');
				pages.push(`/${rel.replace(/(^|\/)index\.html$/, '$1')}`);
			}
		}
	};
	walk(distDir);
	return pages.sort();
}

/** The HTML of a built page, by site path. */
export function readPage(path: string, distDir = DIST_DIR): string {
	return readFileSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
}

/**
 * The text Pagefind indexes on a page: its `data-pagefind-body` element without the parts
 * marked `data-pagefind-ignore`. Empty for pages left out of the index.
 */
export function indexedText(html: string): string {
	const document = parseDocument(html);
	const body = DomUtils.findOne((element) => 'data-pagefind-body' in element.attribs, document.children);
	if (!body) return '';
	// Pagefind leaves out what is marked so, and text that is not reading matter.
	const skipped = (element: { name: string; attribs: Record<string, string> }) =>
		'data-pagefind-ignore' in element.attribs || ['script', 'style', 'noscript', 'template', 'select', 'option', 'textarea'].includes(element.name);
	for (const ignored of DomUtils.findAll(skipped, body.children)) DomUtils.removeElement(ignored);
	return DomUtils.textContent(body).replace(/\s+/g, ' ');
}
