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
import { launchBrowser, openWatchedPage, readBandLabels } from './browser';
import { startStaticServer } from '../server/static-server.mjs';
import { wordpressFilterOembedResult } from '../unit/lib/embed/wordpress';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const events: { id: string; kind: string; title: string; summary: string; date: string; sources: { title: string; url: string }[] }[] = JSON.parse(
	readFileSync(join(distDir, 'data/events.json'), 'utf8'),
).events;
const firstEvent = events[0]!;
const eventOembed: { html: string; provider_url: string } = JSON.parse(readFileSync(join(distDir, `oembed/events/${firstEvent.id}.json`), 'utf8'));
/** The built files name the configured site; here the site is served at baseUrl. */
const served = (html: string) => html.replaceAll(eventOembed.provider_url.replace(/\/$/, ''), baseUrl);

/** A receiver that does what WordPress's wp-embed.js does with an embed's messages. */
const wordpressReceiver = `<script>
window.received = [];
addEventListener('message', function (e) {
	var data = e.data;
	if (!data || !data.secret) return;
	var frame = document.querySelector('iframe[data-secret="' + data.secret + '"]');
	if (!frame || e.source !== frame.contentWindow) return;
	window.received.push(data);
	document.querySelectorAll('blockquote[data-secret="' + data.secret + '"]').forEach(function (quote) { quote.style.display = 'none'; });
	frame.removeAttribute('style');
	if (data.message === 'height') frame.height = Math.min(1000, Math.max(200, parseInt(data.value, 10)));
});
</script>`;

/** Chromium's report of the one window.open() an embed tries before it knows new tabs are blocked. */
const POPUP_PROBE = /^Blocked opening '(.*)' in a new window because the request was made in a sandboxed frame whose 'allow-popups' permission is not set\.$/;

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
${wordpressReceiver}`,
	// An event address pasted alone: our oEmbed HTML as WordPress's own filter rewrites it.
	'wordpress-event.html': `<!doctype html><title>WordPress</title><link rel="icon" href="data:,"><style>iframe { max-width: 100%; }</style><main style="max-width:650px">
${served(wordpressFilterOembedResult(eventOembed.html, 'Ev12Cd34Ef') as string)}</main>
${wordpressReceiver}`,
	// Any host that sandboxes without allow-popups, and does not speak WordPress's messages.
	'sandbox.html': `<!doctype html><title>Host</title><link rel="icon" href="data:,">
<iframe sandbox="allow-scripts" src="${baseUrl}/embed/timeline/?compact=1&theme=dark" title="Timeline" width="600" height="900"></iframe>`,
	// The event card under the loader and under Pym.js.
	'event-hosts.html': `<!doctype html><title>Host</title><link rel="icon" href="data:,">
<iframe id="loader" src="${baseUrl}/embed/events/${firstEvent.id}/" title="Event" width="600" height="300" style="border:0;width:100%"></iframe>
<script async src="${baseUrl}/embed.js"></script>
<iframe id="pym" src="${baseUrl}/embed/events/${firstEvent.id}/?initialWidth=600&childId=event-example" title="Event, Pym" width="600" height="300"></iframe>
<script>
window.received = [];
addEventListener('message', function (e) { if (typeof e.data === 'string') window.received.push(e.data); });
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
async function openDialogWatchedPage(): Promise<{ page: Page; problems: string[] }> {
	const { page, problems } = await openWatchedPage(browser);
	page.on('dialog', (dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return { page, problems };
}

let shared: { page: Page; problems: string[] } | undefined;
afterAll(async () => {
	await shared?.page.context().close();
});
/**
 * The file's one watched page, from a blank start with an empty list of problems, at `viewport`:
 * reused from test to test, since a fresh context cost more than most of these tests.
 */
async function watchedPage(viewport = { width: 1280, height: 720 }): Promise<{ page: Page; problems: string[] }> {
	shared ??= await openDialogWatchedPage();
	await shared.page.goto('about:blank');
	shared.problems.length = 0;
	await shared.page.setViewportSize(viewport);
	return shared;
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
		await page.goto(`${host.url}/loader.html`);
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
	});

	test('a compact embed keeps the story and its sizing', async ({ expect }) => {
		const { page, problems } = await watchedPage();
		await page.goto(`${host.url}/loader-compact.html`);
		await expect.poll(() => frameHeight(page)).not.toBe(300);
		const frame = embedFrame(page);
		await frame.locator('.tl[data-ready]').waitFor();
		expect(await frame.evaluate(() => document.documentElement.hasAttribute('data-compact'))).toBe(true);
		expect(await storyHeading(frame).textContent()).toBe(firstEvent.title);
		const content = await frame.evaluate(() => Math.ceil(document.querySelector('[data-embed-root]')!.getBoundingClientRect().height));
		expect(Math.abs((await frameHeight(page)) - content)).toBeLessThanOrEqual(1);
		expect(await frame.evaluate(() => document.querySelector('base')!.target)).toBe('_blank');
		expect(problems).toEqual([]);
	});

	test('in a WordPress-style sandbox it still runs, sends the secret height message and asks WordPress to open links', async ({ expect }) => {
		const { page, problems } = await watchedPage();
		await page.goto(`${host.url}/wordpress.html`);
		const received = () => page.evaluate(() => (window as unknown as { received: { message: string; value: unknown; secret: string }[] }).received);
		await expect.poll(async () => (await received()).some((data) => data.message === 'height')).toBe(true);
		const frame = embedFrame(page);
		expect(await frame.evaluate(() => window.origin)).toBe('null');
		// The island runs in the sandbox too (no storage, no cookies, no top navigation).
		await frame.locator('.tl[data-ready]').waitFor();
		// Once ready, the last height sent is the content's: over 150 px, and the frame took it.
		const lastHeight = async () => (await received()).findLast((data) => data.message === 'height')!;
		await expect.poll(async () => Number((await lastHeight()).value)).toBeGreaterThan(150);
		const height = await lastHeight();
		expect(height).toMatchObject({ secret: 'Ab12Cd34Ef' });
		expect(await page.evaluate(() => document.querySelector('iframe')!.height)).toBe(String(Math.min(1000, Number(height.value))));
		// The next step's summary is fetched from the site: a cross-origin request from the sandbox's opaque origin.
		await frame.getByRole('button', { name: /Next/ }).click();
		await frame.getByText(events[1]!.summary).waitFor();
		await frame.getByRole('button', { name: /Previous/ }).click();

		await frame.getByRole('link', { name: /this event’s page/ }).click();
		await expect
			.poll(async () => (await received()).find((data) => data.message === 'link'))
			.toEqual({ message: 'link', value: `${baseUrl}/events/${firstEvent.id}/`, secret: 'Ab12Cd34Ef' });
		// WordPress drops allow="clipboard-write": the embed sees the policy and shows the address, selected.
		await frame.getByRole('button', { name: 'Copy link to share' }).click();
		const field = frame.getByRole('textbox', { name: 'Address to copy' });
		expect(await field.inputValue()).toBe(`${baseUrl}/events/${firstEvent.id}/`);
		expect(await field.evaluate((input: HTMLInputElement) => [document.activeElement === input, input.selectionEnd === input.value.length])).toEqual([true, true]);
		expect(problems).toEqual([]);
	});

	test('speaks Pym.js when Pym gives it a child id', async ({ expect }) => {
		const { page, problems } = await watchedPage();
		await page.goto(`${host.url}/pym.html`);
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { received: string[] }).received.join(' ')))
			.toMatch(/^pymxPYMxtimeline-examplexPYMxheightxPYMx\d+/);
		expect(problems).toEqual([]);
	});
});

describe('an event card', () => {
	const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.querySelector('[data-embed-root]')!.getBoundingClientRect().height));

	test('pasted into WordPress, it shows the linked blockquote until it reports its height, then fits its content', async ({ expect }) => {
		const { page, problems } = await watchedPage();
		const heights: Record<number, number> = {};
		for (const width of [1280, 390]) {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(`${host.url}/wordpress-event.html`);
			const frame = page.frames().find((candidate) => candidate.url().startsWith(`${baseUrl}/embed/events/`))!;
			await frame.getByRole('heading', { level: 1, name: firstEvent.title }).waitFor();
			const iframe = page.locator('iframe');
			const fits = async () => Number(await iframe.getAttribute('height')) - Math.min(1000, await contentHeight(frame));
			await expect.poll(fits, { timeout: 10_000 }).toBe(0);
			expect(await iframe.getAttribute('style')).toBeNull();
			expect(await page.getByRole('link', { name: new RegExp(firstEvent.title) }).isHidden()).toBe(true);
			heights[width] = Number(await iframe.getAttribute('height'));
		}
		// A card is far shorter than the timeline, and taller where lines wrap on a phone.
		expect(heights[1280]).toBeLessThan(700);
		expect(heights[390]).toBeGreaterThan(heights[1280]!);
		expect(problems).toEqual([]);
	});

	test('fits its frame under the loader and under Pym.js, and opens links in new tabs where the frame may', async ({ expect }) => {
		// A context of its own: it answers requests to other sites and opens a tab.
		const { page, problems } = await openDialogWatchedPage();
		// Source links point at other sites: answer them here, so nothing reaches the internet.
		await page.context().route((url) => !url.href.startsWith(baseUrl) && !url.href.startsWith(host.url), (route) => route.fulfill({ body: 'elsewhere', contentType: 'text/plain' }));
		await page.goto(`${host.url}/event-hosts.html`);
		const frame = page.frames().find((candidate) => candidate.url() === `${baseUrl}/embed/events/${firstEvent.id}/`)!;
		const loaderHeight = () => page.evaluate(() => document.querySelector('#loader')!.getBoundingClientRect().height);
		await expect.poll(async () => Math.abs((await loaderHeight()) - (await contentHeight(frame))), { timeout: 10_000 }).toBeLessThanOrEqual(1);
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { received: string[] }).received.join(' ')))
			.toMatch(/pymxPYMxevent-examplexPYMxheightxPYMx\d+/);

		const source = firstEvent.sources[0]!;
		const [tab] = await Promise.all([page.context().waitForEvent('page'), frame.getByRole('link', { name: source.title }).first().click()]);
		await tab.waitForLoadState();
		expect(tab.url()).toBe(source.url);
		expect(await frame.getByRole('group', { name: 'Address to copy' }).count()).toBe(0);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('reads whole without JavaScript', async ({ expect }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${baseUrl}/embed/events/${firstEvent.id}/`);
		expect(await page.getByRole('heading', { level: 1, name: firstEvent.title }).isVisible()).toBe(true);
		expect(await page.getByRole('link', { name: firstEvent.sources[0]!.title }).first().isVisible()).toBe(true);
		expect(await page.getByRole('link', { name: 'Read the whole story (new tab)' }).getAttribute('href')).toBe(`/events/${firstEvent.id}/`);
		// Copying needs the script; without it the button would do nothing, so it is not shown.
		expect(await page.getByRole('button', { name: 'Copy link to this event' }).count()).toBe(0);
		await context.close();
	});
});

describe('links in a frame that may not open new tabs', () => {
	test('an event’s page opens as its card in the frame; a source shows its address to copy; copy link shows a selected field', async ({ expect }) => {
		const { page, problems } = await watchedPage();
		await page.goto(`${host.url}/sandbox.html`);
		const frame = embedFrame(page);
		await frame.locator('.tl[data-ready]').waitFor();
		await frame.getByRole('link', { name: /this event’s page/ }).click();
		// The frame tried a new tab, saw it blocked, and shows the event's embeddable card instead, keeping its options.
		await expect.poll(() => frame.url(), { timeout: 10_000 }).toBe(`${baseUrl}/embed/events/${firstEvent.id}/?compact=1&theme=dark`);
		await frame.getByRole('heading', { level: 1, name: firstEvent.title }).waitFor();
		await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

		const source = firstEvent.sources[0]!;
		await frame.getByRole('link', { name: source.title }).first().click();
		const panel = frame.getByRole('group', { name: 'Address to copy' });
		const field = panel.getByRole('textbox', { name: 'Address' });
		expect(await field.inputValue()).toBe(source.url);
		const selection = () => field.evaluate((input: HTMLInputElement) => [document.activeElement === input, input.selectionStart, input.selectionEnd]);
		expect(await selection()).toEqual([true, 0, source.url.length]);
		await panel.getByRole('button', { name: 'Close' }).click();
		expect(await panel.count()).toBe(0);
		// Once a new tab has failed, the embed does not try again: no new report from Chromium.
		const probes = problems.length;
		await frame.getByRole('link', { name: source.title }).first().click();
		expect(await field.inputValue()).toBe(source.url);
		expect(problems.length).toBe(probes);

		// The frame's permissions policy forbids clipboard writes: the embed sees so and shows the field.
		await frame.getByRole('button', { name: 'Copy link to this event' }).click();
		expect(await field.inputValue()).toBe(`${baseUrl}/events/${firstEvent.id}/`);
		expect(await selection()).toEqual([true, 0, `${baseUrl}/events/${firstEvent.id}/`.length]);
		// Chromium reports each blocked try (one per page the frame showed); nothing else went wrong.
		const tried = new Set(problems.map((problem) => POPUP_PROBE.exec(problem)?.[1] ?? problem));
		expect([...tried]).toEqual([`${baseUrl}/events/${firstEvent.id}/`, source.url]);
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
	});

	test('a phase embed offers only its own phase in the phase menu', async ({ expect }) => {
		const { page, problems } = await watchedPage();
		const [phase] = readdirSync(join(distDir, 'embed/timeline'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
		await page.goto(`${baseUrl}/embed/timeline/${phase!.name}/`);
		await page.locator('.tl[data-ready]').waitFor();
		await page.getByRole('button', { name: 'Filter' }).click();
		// The filter fields load on first use.
		await page.getByLabel('Phase', { exact: true }).waitFor();
		const options = await page.getByLabel('Phase', { exact: true }).locator('option').allTextContents();
		expect(options).toHaveLength(1);
		expect(options[0]).not.toMatch(/All phases/);
		expect(problems).toEqual([]);
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
		await page.goto(`${baseUrl}/embed/timeline/${query}`);
		// Checked once the island has read the parameters and drawn: a payload would have run by then.
		await page.locator('.tl[data-ready]').waitFor();
		expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
		expect(await page.locator('img, svg').count()).toBe(0);
		expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--embed-accent'))).toBe('');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
		expect(await page.locator('main h1').isVisible()).toBe(true);
		expect(await page.locator('.tl').textContent()).toContain(`All ${events.length} events`);
		expect(await storyHeading(page).textContent()).toBe(firstEvent.title);
		expect(problems).toEqual([]);
	});
});

describe('the embed builder', () => {
	test('builds a snippet from the options and previews it', async ({ expect }) => {
		const { page, problems } = await watchedPage();
		await page.goto(`${baseUrl}/embed/`);
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
	});

	test('offers an event as a card, with the address any WordPress role can paste, and says who may use the code', async ({ expect }) => {
		const { page, problems } = await watchedPage();
		await page.goto(`${baseUrl}/embed/`);
		expect(await page.getByText('only an Administrator or an Editor can use one').isVisible()).toBe(true);
		const event = events.at(-1)!;
		await page.getByRole('radio', { name: 'One event, as a card' }).check();
		expect(await page.getByRole('combobox', { name: 'Phase' }).isHidden()).toBe(true);
		await page.getByRole('combobox', { name: 'Event', exact: true }).selectOption(event.id);
		await page.getByRole('radio', { name: 'Always dark' }).check();
		const code = await page.getByRole('textbox', { name: /^Code to paste/ }).inputValue();
		expect(code).toMatch(new RegExp(`^<iframe src="https://[^"]+/embed/events/${event.id}/\\?theme=dark" title="[^"]+" width="600" height="\\d+" frameborder="0"`));
		expect(await page.getByRole('textbox', { name: /^Address to paste alone/ }).inputValue()).toMatch(new RegExp(`^https://[^/]+/events/${event.id}/$`));
		const preview = page.frameLocator('[data-builder-preview]');
		await expect.poll(() => preview.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 }).toBe(event.title);
		// The snippet fits its column: the preview frame is no wider than the text around it.
		const [frameBox, columnBox] = [(await page.locator('[data-builder-preview]').boundingBox())!, (await page.locator('.prose').boundingBox())!];
		expect(frameBox.width).toBeLessThanOrEqual(columnBox.width);
		expect(problems).toEqual([]);
	});
});

/** Opens the timeline embed's own page in a window `width` px wide (a frame's width) and waits for the island. */
async function openTimelineEmbedAt(page: Page, width: number) {
	await page.setViewportSize({ width, height: 640 });
	await page.goto(`${baseUrl}/embed/timeline/`);
	await page.locator('.tl[data-ready]').waitFor();
}

describe('the first screen and the height of the frame', () => {
	for (const [width, height] of [[600, 640], [360, 640]] as const) {
		test(`at ${width}x${height} it shows the story's title and an event title whole, controls behind a button`, async ({ expect }) => {
			const { page, problems } = await watchedPage({ width, height });
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
			// The strip's phase bands show names whole or not at all, never cut mid-word.
			expect((await readBandLabels(page)).faults).toEqual([]);
			// The filters wait behind one button.
			expect(await page.getByLabel('Search titles').count()).toBe(0);
			expect(await page.getByRole('button', { name: 'Filter' }).getAttribute('aria-expanded')).toBe('false');
			expect(problems).toEqual([]);
		});
	}

	test('in frames as narrow as a phone’s WordPress column, the story’s buttons stay inside its panel', async ({ expect }) => {
		const { page, problems } = await watchedPage();
		for (const width of [300, 320, 342, 360]) {
			await openTimelineEmbedAt(page, width);
			const panel = (await storyHeading(page).locator('xpath=ancestor::section[1]').boundingBox())!;
			for (const name of [/Previous/, /Next/, /Close/]) {
				const button = (await page.getByRole('button', { name }).boundingBox())!;
				expect(button.x, `${name} at ${width} px`).toBeGreaterThanOrEqual(panel.x);
				expect(button.x + button.width, `${name} at ${width} px`).toBeLessThanOrEqual(panel.x + panel.width);
			}
		}
		expect(problems).toEqual([]);
	});

	test('the page is never taller than 1000 px, before or after stepping and opening a cluster', async ({ expect }) => {
		const { page, problems } = await watchedPage();
		for (const width of [320, 360, 600, 1280]) {
			await openTimelineEmbedAt(page, width);
			const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
			expect(await pageHeight()).toBeLessThanOrEqual(1000);
			await page.getByRole('button', { name: /Next/ }).click();
			await page.getByRole('button', { name: /Next/ }).click();
			expect(await pageHeight()).toBeLessThanOrEqual(1000);
			await page.locator('.tl-dot--cluster').first().click();
			await page.getByRole('button', { name: /Close/ }).waitFor();
			expect(await pageHeight()).toBeLessThanOrEqual(1000);
			await page.getByRole('button', { name: 'Filter' }).click();
			// Measured with the fields drawn (they load on first use).
			await page.getByLabel('Search titles', { exact: true }).waitFor();
			expect(await pageHeight()).toBeLessThanOrEqual(1000);
		}
		expect(problems).toEqual([]);
	});
});

describe('without JavaScript', () => {
	test('the timeline reads whole without JavaScript: every event to open in place, and no controls that need the script', async ({ expect }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 640 } });
		const page = await context.newPage();
		await page.goto(`${baseUrl}/embed/timeline/`);
		expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
		expect(await page.locator('details').count()).toBe(events.length);
		const disclosure = page.locator('details').filter({ hasText: firstEvent.title });
		await disclosure.locator('summary').click();
		expect(await disclosure.getByText(firstEvent.summary).isVisible()).toBe(true);
		// Read the story, Filter, Previous and Next would do nothing here: none is shown.
		const shownButtons = await page.getByRole('button').evaluateAll((buttons) => buttons.filter((button) => button.checkVisibility()).map((button) => button.textContent));
		expect(shownButtons).toEqual([]);
		await context.close();
	});
});
