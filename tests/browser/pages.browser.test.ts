/**
 * Every built page, as a reader meets it: it loads with no console errors and no failed
 * requests, passes axe-core's WCAG 2.2 A/AA rules, and still shows its content with
 * JavaScript turned off.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
// Tests below run concurrently, so they use the `expect` bound to their own context.
import type { Browser } from 'playwright-core';
import { describeViolations, launchBrowser, listPages, runAxe } from './browser';

const baseUrl = inject('baseUrl');
const pages = listPages(inject('distDir'));
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

test('the build has the pages a reader expects', () => {
	for (const path of ['/', '/timeline/', '/sources/', '/organisations/', '/glossary/', '/404.html']) {
		expect(pages).toContain(path);
	}
	expect(pages.filter((path) => path.startsWith('/phases/'))).toHaveLength(6);
});

describe.concurrent.each(pages)('%s', (path) => {
	test('loads with no console errors or failed requests, and passes axe', async ({ expect }) => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const problems: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') problems.push(`console: ${message.text()}`);
		});
		page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
		page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
		page.on('response', (response) => {
			if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
		});
		await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
		expect(problems).toEqual([]);
		expect(describeViolations(await runAxe(page))).toEqual([]);
		await context.close();
	});

	test('shows its heading and content with JavaScript off', async ({ expect }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		// Without JavaScript, <noscript> content is parsed: it must pass the CSP too.
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		await page.goto(baseUrl + path);
		const heading = page.locator('main h1');
		expect(await heading.count()).toBe(1);
		expect((await heading.innerText()).trim().length).toBeGreaterThan(0);
		expect((await page.locator('main').innerText()).length).toBeGreaterThan(100);
		expect(errors).toEqual([]);
		await context.close();
	});
});
