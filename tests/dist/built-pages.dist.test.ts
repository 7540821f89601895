/**
 * File-only checks of the built pages' metadata (no browser): structured data, canonical
 * links and image descriptions as search engines and link previews read them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
const html = (file: string) => readFileSync(join(dist, file), 'utf8');
const JSON_LD = /<script type="application\/ld\+json">(.*?)<\/script>/gs;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

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
});
