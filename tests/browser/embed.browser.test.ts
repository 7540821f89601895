/**
 * The embedded timeline as a host site meets it: inside an iframe on a page from another
 * origin (a second local server), resized by the loader, by WordPress's messages (sandboxed,
 * as WordPress frames it) and by Pym.js's; and hostile parameters that must do nothing.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, openWatchedPage } from './browser';
import { startStaticServer } from '../server/static-server.mjs';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const events: { id: string; kind: string; title: string; date: string }[] = JSON.parse(readFileSync(join(distDir, 'data/events.json'), 'utf8')).events;
const firstEvent = events[0]!;

let browser: Browser;
let host: { url: string; close: () => Promise<void> };
let hostDir: string;

/** Host pages, written to a temporary folder served from a second origin. */
const hostPages: Record<string, string> = {
	'loader.html': `<!doctype html><title>Host</title><link rel="icon" href="data:,"><h1>A union site</h1>
<iframe id="embed" src="${baseUrl}/embed/timeline/" title="Timeline" height="300" style="border:0;width:100%"></iframe>
<script async src="${baseUrl}/embed.js"></script>`,
	'loader-compact.html': `<!doctype html><title>Host</title><link rel="icon" href="data:,"><h1>A union site</h1>
<iframe id="embed" src="${baseUrl}/embed/timeline/?compact=1" title="Timeline" height="300" style="border:0;width:100%"></iframe>
<script async src="${baseUrl}/embed.js"></script>`,
	// What WordPress prints for an oEmbed from an unknown provider, and a receiver shaped like wp-embed.js's.
	'wordpress.html': `<!doctype html><title>WordPress</title><link rel="icon" href="data:,">
<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" data-secret="Ab12Cd34Ef"
 src="${baseUrl}/embed/timeline/#?secret=Ab12Cd34Ef" title="Timeline" width="600" height="338"></iframe>
<script>
window.received = [];
addEventListener('message', function (e) {
	var frame = document.querySelector('iframe[data-secret="' + e.data.secret + '"]');
	if (!frame || e.source !== frame.contentWindow) return;
	window.received.push(e.data);
	if (e.data.message === 'height') frame.height = Math.min(1000, Math.max(200, parseInt(e.data.value, 10)));
});
</script>`,
	'pym.html': `<!doctype html><title>Pym</title><link rel="icon" href="data:,">
<iframe src="${baseUrl}/embed/timeline/?initialWidth=600&childId=timeline-example" title="Timeline" width="600" height="300"></iframe>
<script>
window.received = [];
addEventListener('message', function (e) { if (typeof e.data === 'string') window.received.push(e.data); });
</script>`,
};

beforeAll(async () => {
	browser = await launchBrowser();
	hostDir = mkdtempSync(join(tmpdir(), 'embed-host-'));
	for (const [name, html] of Object.entries(hostPages)) writeFileSync(join(hostDir, name), html);
	host = await startStaticServer({ root: hostDir });
});
afterAll(async () => {
	await browser?.close();
	await host?.close();
	rmSync(hostDir, { recursive: true, force: true });
});

/** A watched page (see browser.ts) that also records, and dismisses, any dialog a payload opens. */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
	const { page, problems } = await openWatchedPage(browser);
	page.on('dialog', (dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return { page, problems };
}

function embedFrame(page: Page): Frame {
	const frame = page.frames().find((candidate) => candidate.url().startsWith(`${baseUrl}/embed/timeline/`));
	if (!frame) throw new Error('embed frame not found');
	return frame;
}

const frameHeight = (page: Page) => page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);

describe('inside an iframe on another origin', () => {
	test('the loader fits the iframe to the interactive timeline, whose event panel opens inside it', async ({ expect }) => {
		const { page, problems } = await watchedPage();
		await page.goto(`${host.url}/loader.html`, { waitUntil: 'networkidle' });
		const frame = embedFrame(page);
		await frame.locator('.tl[data-ready]').waitFor();
		expect(await frame.locator('.embed-list').isHidden()).toBe(true);
		const content = () => frame.evaluate(() => Math.ceil(document.querySelector('[data-embed-root]')!.getBoundingClientRect().height));
		const fits = async () => Math.abs((await frameHeight(page)) - (await content())) <= 1;
		await expect.poll(fits).toBe(true);
		expect(await frameHeight(page)).toBeGreaterThan(300);

		const card = frame.locator('.tl-card:not(.tl-card--cluster)').first();
		const id = await card.getAttribute('data-mark');
		await card.click();
		const panel = frame.locator('.tl-details');
		await expect.poll(() => panel.locator('h2').textContent()).toBe(events.find((event) => event.id === id)!.title);
		// The panel opens over the timeline's stage, so the frame still fits and shows all of it.
		await expect.poll(fits).toBe(true);
		const [frameBox, panelBox] = [(await page.locator('iframe').boundingBox())!, (await panel.boundingBox())!];
		expect(panelBox.y).toBeGreaterThanOrEqual(frameBox.y);
		expect(panelBox.y + panelBox.height).toBeLessThanOrEqual(frameBox.y + frameBox.height);
		// The event's own page opens on the full site, in a new tab.
		const own = panel.locator(`a[href="/events/${id}/"]`);
		expect(await own.getAttribute('target')).toBe('_blank');
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('a compact embed is the list alone, with no island script, and grows when the reader opens an event', async ({ expect }) => {
		const { page, problems } = await watchedPage();
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
		});
		await page.goto(`${host.url}/loader-compact.html`, { waitUntil: 'networkidle' });
		await expect.poll(() => frameHeight(page)).not.toBe(300);
		const frame = embedFrame(page);
		const island = await frame.locator('astro-island').getAttribute('component-url');
		expect(scripts.filter((path) => path.startsWith('/_astro/')).length).toBeGreaterThan(0);
		expect(scripts).not.toContain(island);
		expect(await frame.locator('.tl').isHidden()).toBe(true);
		const content = await frame.evaluate(() => Math.ceil(document.querySelector('[data-embed-root]')!.getBoundingClientRect().height));
		expect(Math.abs((await frameHeight(page)) - content)).toBeLessThanOrEqual(1);

		const closed = await frameHeight(page);
		await frame.locator('summary').first().click();
		await expect.poll(() => frameHeight(page)).toBeGreaterThan(closed);
		expect(await frame.locator('details[open]').count()).toBe(1);
		// The event links go to the full site in a new tab.
		const readMore = frame.locator('details[open] .actions a').first();
		expect(await readMore.getAttribute('href')).toBe(`/events/${firstEvent.id}/`);
		expect(await frame.evaluate(() => document.querySelector('base')!.target)).toBe('_blank');
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('in a WordPress-style sandbox it still runs, sends the secret height message and asks WordPress to open links', async ({ expect }) => {
		const { page, problems } = await watchedPage();
		await page.goto(`${host.url}/wordpress.html`, { waitUntil: 'networkidle' });
		const received = () => page.evaluate(() => (window as unknown as { received: { message: string; value: unknown; secret: string }[] }).received);
		await expect.poll(async () => (await received()).some((data) => data.message === 'height')).toBe(true);
		const frame = embedFrame(page);
		expect(await frame.evaluate(() => window.origin)).toBe('null');
		// The island runs in the sandbox too (no storage, no cookies, no top navigation).
		await frame.locator('.tl[data-ready]').waitFor();
		await page.waitForLoadState('networkidle');
		const height = (await received()).findLast((data) => data.message === 'height')!;
		expect(height).toMatchObject({ secret: 'Ab12Cd34Ef' });
		expect(Number(height.value)).toBeGreaterThan(150);
		expect(await page.evaluate(() => document.querySelector('iframe')!.height)).toBe(String(Math.min(1000, Number(height.value))));

		const card = frame.locator('.tl-card:not(.tl-card--cluster)').first();
		const id = await card.getAttribute('data-mark');
		await card.click();
		await frame.locator(`.tl-details a[href="/events/${id}/"]`).click();
		await expect
			.poll(async () => (await received()).find((data) => data.message === 'link'))
			.toEqual({ message: 'link', value: `${baseUrl}/events/${id}/`, secret: 'Ab12Cd34Ef' });
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('speaks Pym.js when Pym gives it a child id', async ({ expect }) => {
		const { page, problems } = await watchedPage();
		await page.goto(`${host.url}/pym.html`, { waitUntil: 'networkidle' });
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { received: string[] }).received.join(' ')))
			.toMatch(/^pymxPYMxtimeline-examplexPYMxheightxPYMx\d+/);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('parameters', () => {
	test('filter the island and the compact list, and open the chosen event', async ({ expect }) => {
		const { page, problems } = await watchedPage();
		const otherKind = ['legislation', 'policy', 'procurement'].find((kind) => kind !== firstEvent.kind)!;
		const lastEvent = events.at(-1)!;
		const inRange = events.filter((event) => event.date >= '2012' && event.date < '2017');
		await page.goto(`${baseUrl}/embed/timeline/?kinds=${otherKind}&from=2016&to=2012&event=${lastEvent.id}`, { waitUntil: 'networkidle' });
		await page.locator('.tl[data-ready]').waitFor();
		expect(await page.locator(`.tl-kind[data-kind="${otherKind}"]`).getAttribute('aria-pressed')).toBe('true');
		const ofRange = inRange.filter((event) => event.kind === otherKind).length;
		expect(await page.locator('.tl').textContent()).toContain(`${ofRange} of ${inRange.length} events`);
		// The chosen event lies outside the range, so nothing opens.
		expect(await page.locator('.tl-details').count()).toBe(0);
		await page.goto(`${baseUrl}/embed/timeline/?event=${lastEvent.id}`, { waitUntil: 'networkidle' });
		await expect.poll(() => page.locator('.tl-details h2').textContent()).toBe(lastEvent.title);

		await page.goto(`${baseUrl}/embed/timeline/?kinds=${otherKind}&compact=1`, { waitUntil: 'networkidle' });
		expect(await page.locator(`[data-event="${firstEvent.id}"]`).isHidden()).toBe(true);
		expect(await page.locator(`[data-event]:not([hidden])`).count()).toBe(events.filter((event) => event.kind === otherKind).length);
		await page.goto(`${baseUrl}/embed/timeline/?event=${firstEvent.id}&theme=dark&accent=%23c06&compact=1`, { waitUntil: 'networkidle' });
		expect(await page.locator(`[data-event="${firstEvent.id}"] details`).getAttribute('open')).toBe('');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--embed-accent'))).toBe('#c06');
		// Dark paper, whatever its exact value in tokens.css: every channel is low.
		const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		expect(background.match(/\d+/g)!.slice(0, 3).map(Number).every((channel) => channel < 48)).toBe(true);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	const hostile = {
		'script tags': `?phase=${encodeURIComponent('<script>window.__pwned=1</script>')}&event=${encodeURIComponent('"><img src=x onerror="window.__pwned=1">')}`,
		'javascript: URLs': `?event=${encodeURIComponent('javascript:window.__pwned=1')}&theme=${encodeURIComponent('javascript:alert(1)')}`,
		'CSS injection in the accent': `?accent=${encodeURIComponent('#fff;}body{display:none}')}&theme=${encodeURIComponent('dark;background:red')}`,
		'CSS url() in the accent': `?accent=${encodeURIComponent('url(javascript:alert(1))')}`,
		'huge values': `?kinds=${'policy,'.repeat(1500)}&from=${'9'.repeat(2000)}&to=-1e308`,
		'markup in the WordPress secret and Pym id': `?childId=${encodeURIComponent('"><svg onload=alert(1)>')}#?secret=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
	};
	test.each(Object.entries(hostile))('%s do nothing and break nothing', async (_name, query) => {
		const { page, problems } = await watchedPage();
		await page.goto(`${baseUrl}/embed/timeline/${query}`, { waitUntil: 'networkidle' });
		expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
		expect(await page.locator('img, svg').count()).toBe(0);
		expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--embed-accent'))).toBe('');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
		expect(await page.locator('main h1').isVisible()).toBe(true);
		expect(await page.locator('[data-event]:not([hidden])').count()).toBe(events.length);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('the embed builder', () => {
	test('builds a snippet from the options and previews it', async ({ expect }) => {
		const { page, problems } = await watchedPage();
		await page.goto(`${baseUrl}/embed/`, { waitUntil: 'networkidle' });
		await page.locator('input[name=theme][value=dark]').check();
		await page.locator('input[name=compact]').check();
		await page.locator('#embed-from').fill('2010');
		const code = await page.locator('[data-builder-code]').inputValue();
		expect(code).toMatch(/^<iframe src="https:\/\/[^"]+\/embed\/timeline\/\?from=2010&amp;theme=dark&amp;compact=1" title="[^"]+"/);
		expect(code).toMatch(/<script async src="https:\/\/[^"]+\/embed\.js"><\/script>$/);
		await expect.poll(() => page.locator('[data-builder-preview]').getAttribute('src')).toBe('/embed/timeline/?from=2010&theme=dark&compact=1');
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
