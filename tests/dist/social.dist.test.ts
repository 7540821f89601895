/**
 * What a shared link and a crawler see, read straight from dist/ in node: every page's card
 * image exists and is 1200×630, article pages carry JSON-LD, the sitemap lists every page,
 * robots.txt names it, oEmbed discovery works, and the open data is complete.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR as distDir, listPages, readPage as html } from './built-site';

const pages = listPages();
/** Embed views are for iframes, not for sharing; they point at their full pages instead. */
const sharedPages = pages.filter((path) => !/^\/embed\/(timeline|events)\//.test(path));

function meta(page: string, property: string): string | undefined {
	return new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(page)?.[1];
}
/** A site path for an absolute URL on the configured site. */
function sitePath(url: string): string {
	return new URL(url).pathname;
}

describe('link previews', () => {
	test.each(sharedPages)('%s has its card tags and a 1200×630 PNG', (path) => {
		const page = html(path);
		for (const property of ['og:title', 'og:description', 'og:url', 'twitter:card', 'twitter:image']) {
			expect(meta(page, property), property).toBeTruthy();
		}
		const image = join(distDir, sitePath(meta(page, 'og:image')!));
		expect(existsSync(image), image).toBe(true);
		const png = readFileSync(image);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	});

	test('phase, event and organisation pages each have their own card', () => {
		for (const path of sharedPages.filter((p) => /^\/(phases|events|organisations)\/[^/]+\/$/.test(p))) {
			expect(sitePath(meta(html(path), 'og:image')!)).toBe(`/og${path.slice(0, -1)}.png`);
		}
	});

	test('article pages carry JSON-LD that parses', () => {
		for (const path of sharedPages.filter((p) => /^\/(phases|events)\/[^/]+\/$/.test(p))) {
			const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html(path))?.[1];
			expect(JSON.parse(json!)).toMatchObject({ '@type': 'Article', url: expect.stringContaining(path) });
		}
	});
});

describe('crawlers', () => {
	test('the sitemap lists every page except embeds and the 404 page', () => {
		const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
		const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => sitePath(url!));
		const listed = sitemaps.flatMap((file) =>
			[...readFileSync(join(distDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => sitePath(url!)),
		);
		expect(listed.sort()).toEqual(sharedPages.filter((path) => path !== '/404.html'));
	});

	test('robots.txt points at the sitemap index', () => {
		const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
		const sitemap = /^Sitemap: (\S+)$/m.exec(robots)![1]!;
		expect(sitePath(sitemap)).toBe('/sitemap-index.xml');
		expect(html('/')).toContain('href="/sitemap-index.xml"');
	});

	test('the timeline, phase and event pages announce oEmbed responses, JSON and XML, that embed their view', () => {
		for (const path of ['/timeline/', ...pages.filter((p) => /^\/(phases|events)\/[^/]+\/$/.test(p))]) {
			const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html(path))?.[1];
			const oembed = JSON.parse(readFileSync(join(distDir, sitePath(href!)), 'utf8'));
			expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
			const src = /<iframe src="([^"]+)"/.exec(oembed.html)![1]!;
			expect(pages).toContain(sitePath(src.replaceAll('&amp;', '&')));
			const xml = /<link rel="alternate" type="text\/xml\+oembed" href="([^"]+)"/.exec(html(path))?.[1];
			expect(readFileSync(join(distDir, sitePath(xml!)), 'utf8'), path).toContain('<type>rich</type>');
		}
	});
});

describe('open data', () => {
	test('events.json and events.csv hold every event, with sources', () => {
		const eventPages = pages.filter((path) => path.startsWith('/events/'));
		const data = JSON.parse(readFileSync(join(distDir, 'data/events.json'), 'utf8'));
		expect(data.events.map((event: { id: string }) => `/events/${event.id}/`).sort()).toEqual(eventPages);
		for (const event of data.events) expect(event.sources.length).toBeGreaterThan(0);
		const csv = readFileSync(join(distDir, 'data/events.csv'), 'utf8');
		expect(csv.split('\r\n').filter(Boolean)).toHaveLength(eventPages.length + 1);
		expect(JSON.parse(readFileSync(join(distDir, 'data/events.schema.json'), 'utf8')).type).toBe('object');
		expect(html('/sources/')).toContain('href="/data/events.csv"');
	});
});
