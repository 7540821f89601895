/**
 * Each template as a reader meets it, in Chromium: it loads with no console errors and no
 * failed requests, passes axe-core's WCAG 2.2 A/AA rules, and still shows its content with
 * JavaScript turned off, on a 320 px screen that does not scroll sideways. Every singleton
 * page and every phase page (each has its own written content), and for each template with many pages made from data (phase summaries, events,
 * organisations, and their embeds, phase embeds, diagram steps) the pages the data says are
 * the extremes, or one where the pages differ only in an option.
 * Every page is also checked cheaply in node by tests/dist/pages.dist.test.ts, and linkinator
 * fetches everything every page links to or loads.
 */
import { afterAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { describeViolations, listPages, openReader, runAxe, useBrowser, type Reader } from './browser';
import { readPage } from '../dist/built-site';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const pages = listPages(distDir);

interface ExportedEvent {
	id: string;
	organisations: unknown[];
	amounts: unknown[];
}
const events: ExportedEvent[] = JSON.parse(readPage('/data/events.json', distDir)).events;
const weight = (event: ExportedEvent) => event.amounts.length + event.organisations.length;
const busiest = events.reduce((a, b) => (weight(b) > weight(a) ? b : a));
const barest = events.reduce((a, b) => (weight(b) < weight(a) ? b : a));
const organisationPages = pages.filter((path) => /^\/organisations\/[^/]+\/$/.test(path));
// The organisation page says so in its markup: a family section for chains, a note for none.
const withChain = organisationPages.find((path) => readPage(path, distDir).includes('id="family-heading"'));
const withoutEvents = organisationPages.find((path) => readPage(path, distDir).includes('class="none"'));

/** Pages from templates with one page per entity or variant; the rest of the site is checked whole. */
const sampled = /^\/(embed\/)?(events|organisations)\/[^/]+\/$|^\/phases\/[^/]+\/summary\/$|^\/(embed\/timeline|diagrams)\/[^/]+\/$/;
/** The pages matching `pattern`, the one with the most events first and the one with the fewest last. */
const byEvents = (pattern: RegExp) =>
	pages
		.filter((path) => pattern.test(path))
		.map((path) => ({ path, events: readPage(path, distDir).split('<time').length }))
		.sort((a, b) => b.events - a.events)
		.map(({ path }) => path);
// The phases' printable summaries, made from their events: the fullest and the shortest.
const summaries = byEvents(/^\/phases\/[^/]+\/summary\/$/);
// One phase's embed and one step's page: the same templates as /embed/timeline/ and /diagrams/
// with one option set. diagrams.browser.test.ts runs axe on every step and reads every step's
// page without JavaScript.
const [phaseEmbed] = pages.filter((path) => /^\/embed\/timeline\/[^/]+\/$/.test(path));
const [stepPage] = pages.filter((path) => /^\/diagrams\/[^/]+\/$/.test(path));
const chosen = [
	...pages.filter((path) => !sampled.test(path)),
	summaries[0]!,
	summaries.at(-1)!,
	phaseEmbed!,
	stepPage!,
	`/events/${busiest.id}/`,
	`/events/${barest.id}/`,
	`/embed/events/${busiest.id}/`,
	`/embed/events/${barest.id}/`,
	withChain!,
	withoutEvents!,
];

const browser = useBrowser();

/**
 * Readers (see openReader) lent to one test at a time: tests below run a few at once, each
 * with a reader of its own, and a reader a finished test gives back serves the next one.
 */
function lendReaders(options: BrowserContextOptions) {
	const idle: Reader[] = [];
	const opened: Reader[] = [];
	afterAll(async () => {
		await Promise.all(opened.map((reader) => reader.close()));
	});
	return async ({}, use: (reader: Reader) => Promise<void>) => {
		const reader = idle.pop() ?? opened[opened.push(await openReader(browser(), options)) - 1]!;
		await use(reader);
		idle.push(reader);
	};
}
const readerTest = test.extend<{ reader: Reader; noScriptReader: Reader }>({
	reader: lendReaders({}),
	noScriptReader: lendReaders({ javaScriptEnabled: false }),
});

test('every phase page is checked, and the data gives an event with figures and organisations, a bare one, and organisations with and without a story', () => {
	expect(weight(busiest)).toBeGreaterThan(2);
	expect(busiest.id).not.toBe(barest.id);
	expect(withChain).toBeDefined();
	expect(withoutEvents).toBeDefined();
	expect(new Set(chosen).size).toBe(chosen.length);
	const phasePages = pages.filter((path) => /^\/phases\/[^/]+\/$/.test(path));
	expect(phasePages.length).toBeGreaterThan(1);
	expect(phasePages.filter((path) => !chosen.includes(path))).toEqual([]);
});

readerTest('the axe check can fail: it reports an image with no text alternative', async ({ reader }) => {
	const { page } = await reader.visit(`${baseUrl}/404.html`);
	await page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('img'), { src: '/favicon.svg' })));
	expect((await runAxe(page)).map((violation) => violation.id)).toContain('image-alt');
});

describe.concurrent.each(chosen)('%s', (path) => {
	// Tests run concurrently, so they use the `expect` bound to their own context.
	readerTest('loads with no console errors or failed requests, and passes axe', async ({ reader, expect }) => {
		const { page, problems } = await reader.visit(baseUrl + path);
		expect(problems).toEqual([]);
		expect(describeViolations(await runAxe(page))).toEqual([]);
	});

	readerTest('shows its heading and content with JavaScript off, 320 px wide with nothing scrolling sideways', async ({ noScriptReader, expect }) => {
		// Without JavaScript, <noscript> content is parsed: it must pass the CSP too.
		const { page, problems } = await noScriptReader.visit(baseUrl + path, { width: 320, height: 700 });
		const heading = page.getByRole('main').getByRole('heading', { level: 1 });
		expect(await heading.count()).toBe(1);
		expect((await heading.innerText()).trim().length).toBeGreaterThan(0);
		expect((await page.getByRole('main').innerText()).length).toBeGreaterThan(100);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		expect(problems).toEqual([]);
	});
});
