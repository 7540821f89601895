/**
 * Each template as a reader without JavaScript meets it, in Chromium on a 320 px screen: its
 * heading and content are there, nothing scrolls sideways, and nothing fails to load (the
 * <noscript> content too must pass the CSP). The pages are those tests/browser/chosen-pages.ts
 * chooses, as for pages.browser.test.ts.
 */
import { describe, inject, test } from 'vitest';
import { lendReaders, useBrowser, type Reader } from './browser';
import { choosePages } from './chosen-pages';

const baseUrl = inject('baseUrl');
const { chosen } = choosePages(inject('distDir'));

const browser = useBrowser();
const noScriptTest = test.extend<{ noScriptReader: Reader }>({ noScriptReader: lendReaders(browser, { javaScriptEnabled: false }) });

describe.concurrent.each(chosen)('%s', (path) => {
	// Tests run concurrently, so they use the `expect` bound to their own context.
	noScriptTest('shows its heading and content with JavaScript off, 320 px wide with nothing scrolling sideways', async ({ noScriptReader, expect }) => {
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
