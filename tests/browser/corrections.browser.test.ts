/**
 * Corrections and the feed, as a follower of the story meets them: every page advertises the
 * Atom feed, the feed parses and each entry leads to a real page, a corrected page leads to
 * its correction and back, and the footer leads to the corrections page.
 */
import { expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { listPages, useBrowser, useSharedPage } from './browser';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const pages = listPages(distDir);
const browser = useBrowser();
const reader = useSharedPage(browser);

test('every page advertises the Atom feed in its head', () => {
	const html = (path: string) => readFileSync(join(distDir, path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
	const missing = pages.filter((path) => !/<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/feed\.xml"/.test(html(path)));
	expect(pages.length).toBeGreaterThan(100);
	expect(missing).toEqual([]);
});

test('the feed is well-formed Atom, served as XML, and every entry links to a page that exists', async () => {
	const response = await fetch(`${baseUrl}/feed.xml`);
	expect(response.status).toBe(200);
	expect(response.headers.get('content-type')).toMatch(/xml/);
	const xml = await response.text();
	const links: string[] = [];
	const parser = new SaxesParser({ xmlns: true });
	let root = '';
	parser.on('error', (error) => {
		throw error;
	});
	parser.on('opentag', (tag) => {
		root ||= `{${tag.uri}}${tag.local}`;
		if (tag.local === 'link' && tag.attributes.rel?.value === 'alternate') links.push(tag.attributes.href!.value);
	});
	parser.write(xml).close();
	expect(root).toBe('{http://www.w3.org/2005/Atom}feed');
	// The feed's own "alternate" is the home page; then one per entry.
	expect(links.length).toBeGreaterThan(10);
	for (const link of links) {
		const path = new URL(link).pathname;
		expect(pages, link).toContain(path);
	}
});

test('a corrected page leads to its correction, which leads back to the page', async () => {
	const { page, problems } = await reader.visit(`${baseUrl}/events/2007-fesc-firms-named/`);
	const notice = page.getByRole('complementary', { name: 'Corrections to this page' });
	await notice.getByRole('link', { name: 'What changed and why' }).first().click();
	await page.waitForURL(/\/corrections\/#fesc-not-all-private$/);
	const entry = page.getByRole('article', { name: 'Not every organisation on the 2007 list was private' });
	expect(await entry.getByText('Dr Foster Intelligence was half-owned by the NHS Information Centre').isVisible()).toBe(true);
	await entry.getByRole('link', { name: /Event: Fourteen organisations approved/ }).click();
	await page.waitForURL(/\/events\/2007-fesc-firms-named\/$/);
	expect(problems).toEqual([]);
});

test('the footer leads to the corrections page, which lists where the site corrects its sources', async () => {
	const { page, problems } = await reader.visit(`${baseUrl}/`);
	await page.getByRole('contentinfo').getByRole('link', { name: 'Corrections', exact: true }).click();
	await page.waitForURL(/\/corrections\/$/);
	const sources = page.getByRole('heading', { name: /Where this site corrects its sources/ });
	expect(await sources.isVisible()).toBe(true);
	expect(await page.getByText('integrated care systems got legal commissioning status in April 2021').isVisible()).toBe(true);
	expect(problems).toEqual([]);
});
