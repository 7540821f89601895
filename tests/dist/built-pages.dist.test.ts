/**
 * File-only checks of the built pages' metadata (no browser): structured data, canonical
 * links and image descriptions as search engines and link previews read them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { importClosure, islandEntries } from '../../src/lib/module-preload';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
const html = (file: string) => readFileSync(join(dist, file), 'utf8');
const JSON_LD = /<script type="application\/ld\+json">(.*?)<\/script>/gs;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const preloads = (page: string) => [...page.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((match) => match[1]!);

describe('built pages', () => {
	test('every Article JSON-LD block says when it was published and last modified', () => {
		const articles = pages.flatMap((file) =>
			[...html(file).matchAll(JSON_LD)].map((match) => ({ file, data: JSON.parse(match[1]!) as Record<string, string> })),
		);
		expect(articles.length).toBeGreaterThan(50);
		const incomplete = articles
			.filter(({ data }) => !(ISO_DATE.test(data.datePublished ?? '') && ISO_DATE.test(data.dateModified ?? '') && data.datePublished! <= data.dateModified!))
			.map(({ file }) => file);
		expect(incomplete).toEqual([]);
	});

	test('the 404 page, served at any address, claims no canonical address', () => {
		const page = html('404.html');
		expect(page).not.toContain('rel="canonical"');
		expect(page).not.toContain('/404/');
	});

	test('no page describes its card image with the site name twice', () => {
		const repeated = pages.filter((file) =>
			[...html(file).matchAll(/image:alt" content="([^"]*)"/g)].some(([, alt]) => {
				const parts = alt!.split(': ');
				return new Set(parts).size < parts.length;
			}),
		);
		expect(repeated).toEqual([]);
	});

	test('a page with an island that hydrates on load preloads every file its islands import, and nothing else; other pages (islands that wait to be seen included) preload nothing', () => {
		const read = (path: string) => readFileSync(join(dist, path), 'utf8');
		const withIslands = pages.filter((file) => islandEntries(html(file)).length > 0);
		expect(withIslands).toEqual(expect.arrayContaining([join('timeline', 'index.html'), join('embed', 'timeline', 'index.html')]));
		for (const file of pages) {
			const page = html(file);
			const entries = islandEntries(page);
			const expected = entries.length === 0 ? [] : importClosure(entries, read);
			// Each named file exists (read would throw) and the timeline's chain includes React.
			expect({ file, preloads: preloads(page).sort() }).toEqual({ file, preloads: [...expected].sort() });
		}
		expect(preloads(html(join('diagrams', 'index.html')))).toEqual([]);
		expect(preloads(html(join('timeline', 'index.html'))).some((path) => /\/_astro\/react\.[\w-]+\.js$/.test(path))).toBe(true);
	});
});
