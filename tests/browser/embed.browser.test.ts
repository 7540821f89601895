/**
 * The embedded timeline as a host site meets it: inside an iframe on a page from another
 * origin (a second local server), resized by the loader, by WordPress's messages (sandboxed,
 * as WordPress frames it) and by Pym.js's; and hostile parameters that must do nothing.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

/** The story panel's heading: the open event's title. */
const storyHeading = (scope: Page | Frame) => scope.getByRole('region', { name: 'Interactive timeline' }).getByRole('heading', { level: 2 });

describe('inside an iframe on another origin', () => {
	test('the loader fits the iframe to the timeline, which opens on the story and steps inside the frame', async ({ expect }) => {
		const { page, problems } = await watchedPage();
		await page.goto(`${host.url}/loader.html`, { waitUntil: 'networkidle' });
		const frame = embedFrame(page);
		await frame.locator('.tl[data-ready]').waitFor();
		const content = () => frame.evaluate(() => Math.ceil(document.querySelector('[data-embed-root]')!.getBoundingClientRect().height));
		const fits = async () => Math.abs((await frameHeight(page)) - (await content())) <= 1;
		await expect.poll(fits).toBe(true);
		expect(await frameHeight(page)).toBeGreaterThan(300);
		expect(await storyHeading(frame).textContent()).toBe(firstEvent.title);

		await frame.getByRole('button', { name: /Next/ }).click();
		await expect.poll(() => storyHeading(frame).textContent()).toBe(events[1]!.title);
		// The story keeps its place in the frame's own address.
		expect(new URL(frame.url()).searchParams.get('event')).toBe(events[1]!.id);
		await expect.poll(fits).toBe(true);
		// The event's own page opens on the full site, in a new tab.
		const own = frame.getByRole('link', { name: /this event’s page/ });
		expect(await own.getAttribute('href')).toBe(`/events/${events[1]!.id}/`);
		expect(await own.getAttribute('target')).toBe('_blank');
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('a compact embed keeps the story and its sizing', async ({ expect }) => {
		const { page, problems } = await watchedPage();
		await page.goto(`${host.url}/loader-compact.html`, { waitUntil: 'networkidle' });
		await expect.poll(() => frameHeight(page)).not.toBe(300);
		const frame = embedFrame(page);
		await frame.locator('.tl[data-ready]').waitFor();
		expect(await frame.evaluate(() => document.documentElement.hasAttribute('data-compact'))).toBe(true);
		expect(await storyHeading(frame).textContent()).toBe(firstEvent.title);
		const content = await frame.evaluate(() => Math.ceil(document.querySelector('[data-embed-root]')!.getBoundingClientRect().height));
		expect(Math.abs((await frameHeight(page)) - content)).toBeLessThanOrEqual(1);
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

		await frame.getByRole('link', { name: /this event’s page/ }).click();
		await expect
			.poll(async () => (await received()).find((data) => data.message === 'link'))
			.toEqual({ message: 'link', value: `${baseUrl}/events/${firstEvent.id}/`, secret: 'Ab12Cd34Ef' });
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
	test('filter the island (kind and kinds alike) and open the story at the chosen event', async ({ expect }) => {
		const { page, problems } = await watchedPage();
		const otherKind = ['legislation', 'policy', 'procurement'].find((kind) => kind !== firstEvent.kind)!;
		const lastEvent = events.at(-1)!;
		const inRange = events.filter((event) => event.date >= '2012' && event.date < '2017');
		const ofRange = inRange.filter((event) => event.kind === otherKind);
		for (const name of ['kinds', 'kind']) {
			await page.goto(`${baseUrl}/embed/timeline/?${name}=${otherKind}&from=2016&to=2012&event=${lastEvent.id}`);
			await page.locator('.tl[data-ready]').waitFor();
			expect(await page.locator('.tl').textContent()).toContain(`${ofRange.length} of ${events.length} events`);
			// The chosen event is outside the range: the story opens at the first event shown.
			await expect.poll(() => storyHeading(page).textContent()).toBe(ofRange[0]!.title);
		}
		await page.getByRole('button', { name: 'Filter' }).click();
		expect(await page.getByRole('button', { name: new RegExp(`^${otherKind}`, 'i') }).getAttribute('aria-pressed')).toBe('true');

		await page.goto(`${baseUrl}/embed/timeline/?event=${lastEvent.id}&view=story&theme=dark&accent=%23c06`);
		await page.locator('.tl[data-ready]').waitFor();
		await expect.poll(() => storyHeading(page).textContent()).toBe(lastEvent.title);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--embed-accent'))).toBe('#c06');
		// Dark paper, whatever its exact value in tokens.css: every channel is low.
		const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		expect(background.match(/\d+/g)!.slice(0, 3).map(Number).every((channel) => channel < 48)).toBe(true);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('a phase embed offers only its own phase in the phase menu', async ({ expect }) => {
		const { page, problems } = await watchedPage();
		const [phase] = readdirSync(join(distDir, 'embed/timeline'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
		await page.goto(`${baseUrl}/embed/timeline/${phase!.name}/`);
		await page.locator('.tl[data-ready]').waitFor();
		await page.getByRole('button', { name: 'Filter' }).click();
		const options = await page.getByLabel('Phase', { exact: true }).locator('option').allTextContents();
		expect(options).toHaveLength(1);
		expect(options[0]).not.toMatch(/All phases/);
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
		await page.locator('.tl[data-ready]').waitFor();
		expect(await page.locator('.tl').textContent()).toContain(`All ${events.length} events`);
		expect(await storyHeading(page).textContent()).toBe(firstEvent.title);
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
		// The embed can open straight into the story at a chosen event.
		const chosen = events.find((event) => event.date >= '2014')!;
		await page.getByLabel('Open the story at this event').selectOption(chosen.id);
		await expect.poll(() => page.locator('[data-builder-preview]').getAttribute('src')).toBe(`/embed/timeline/?event=${chosen.id}&view=story&from=2010&theme=dark&compact=1`);
		const preview = page.frameLocator('[data-builder-preview]');
		await expect.poll(() => preview.getByRole('region', { name: 'Interactive timeline' }).getByRole('heading', { level: 2 }).textContent()).toBe(chosen.title);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('the first screen and the height of the frame', () => {
	for (const [width, height] of [[600, 640], [360, 640]] as const) {
		test(`at ${width}x${height} it shows the story's title and an event title whole, controls behind a button`, async ({ expect }) => {
			const context = await browser.newContext({ viewport: { width, height } });
			const page = await context.newPage();
			await page.goto(`${baseUrl}/embed/timeline/`);
			await page.locator('.tl[data-ready]').waitFor();
			const inView = async (locator: ReturnType<Page['locator']>) => {
				const box = (await locator.boundingBox())!;
				return box.y >= 0 && box.y + box.height <= height;
			};
			expect(await inView(page.getByRole('heading', { level: 1 }))).toBe(true);
			const title = storyHeading(page);
			expect(await title.textContent()).toBe(firstEvent.title);
			expect(await inView(title)).toBe(true);
			// The filters wait behind one button.
			expect(await page.getByLabel('Search titles').count()).toBe(0);
			expect(await page.getByRole('button', { name: 'Filter' }).getAttribute('aria-expanded')).toBe('false');
			await context.close();
		});
	}

	test('the page is never taller than 1000 px, before or after stepping and opening a cluster', async ({ expect }) => {
		for (const width of [320, 360, 600, 1280]) {
			const context = await browser.newContext({ viewport: { width, height: 640 } });
			const page = await context.newPage();
			await page.goto(`${baseUrl}/embed/timeline/`);
			await page.locator('.tl[data-ready]').waitFor();
			const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
			expect(await pageHeight()).toBeLessThanOrEqual(1000);
			await page.getByRole('button', { name: /Next/ }).click();
			await page.getByRole('button', { name: /Next/ }).click();
			expect(await pageHeight()).toBeLessThanOrEqual(1000);
			await page.locator('.tl-dot--cluster').first().click();
			await page.getByRole('button', { name: /Close/ }).waitFor();
			expect(await pageHeight()).toBeLessThanOrEqual(1000);
			await page.getByRole('button', { name: 'Filter' }).click();
			expect(await pageHeight()).toBeLessThanOrEqual(1000);
			await context.close();
		}
	});
});
