/**
 * Each template as a reader meets it, in Chromium with JavaScript on: it loads with no console
 * errors and no failed requests and passes axe-core's WCAG 2.2 A/AA rules. The pages are those
 * tests/browser/chosen-pages.ts chooses; pages-without-javascript.browser.test.ts reads the
 * same pages with JavaScript off.
 */
import { describe, expect, inject, test } from 'vitest';
import { describeViolations, lendReaders, runAxe, useBrowser, type Reader } from './browser';
import { choosePages } from './chosen-pages';

const baseUrl = inject('baseUrl');
const { pages, chosen, busiest, barest, withChain, withoutEvents, weight } = choosePages(inject('distDir'));

const browser = useBrowser();
const readerTest = test.extend<{ reader: Reader }>({ reader: lendReaders(browser) });

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
});
