/**
 * Sharing and the served headers, in Chromium: the share control copies the link (and works
 * without JavaScript), and the CSP in dist/_headers allows everything the pages load. The
 * file-only checks (cards, sitemap, oEmbed, open data) are in tests/dist/social.dist.test.ts.
 */
import { describe, expect, inject, test } from 'vitest';
import { listPages, useBrowser, useSharedPage } from './browser';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const pages = listPages(distDir);

const browser = useBrowser();

describe('sharing', () => {
	const eventPage = pages.find((path) => path.startsWith('/events/'))!;

	test('copy link puts the address on the clipboard and says so', async ({ expect }) => {
		const context = await browser().newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
		const page = await context.newPage();
		await page.goto(baseUrl + eventPage);
		await page.locator('[data-share-copy]').click();
		await expect.poll(() => page.locator('[data-share-status]').innerText()).toContain('Link copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			await page.locator('[data-share]').getAttribute('data-url'),
		);
		await context.close();
	});

	test('without JavaScript the email link and the address are there, and no dead buttons', async ({ expect }) => {
		const context = await browser().newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(baseUrl + eventPage);
		expect(await page.locator('#share a[href^="mailto:"]').isVisible()).toBe(true);
		expect(await page.locator('#share [data-share-url] a').isVisible()).toBe(true);
		expect(await page.locator('#share button:visible').count()).toBe(0);
		await context.close();
	});
});

describe('Content-Security-Policy from dist/_headers', () => {
	const sample = [
		'/',
		'/timeline/',
		'/sources/',
		'/embed/',
		'/embed/timeline/',
		pages.find((path) => path.startsWith('/events/'))!,
		pages.find((path) => path.startsWith('/phases/'))!,
	];
	// One reader visits each in turn; it records console errors (CSP violations among them, from
	// any frame), uncaught errors, failed requests and HTTP errors.
	const reader = useSharedPage(browser);
	test.each(sample)('%s is served with a strict policy and loads without violations', async (path) => {
		const { response, problems } = await reader.visit(baseUrl + path);
		const policy = response!.headers()['content-security-policy'] ?? '';
		expect(policy).toMatch(/script-src 'self'/);
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		expect(policy).toContain(path.startsWith('/embed/timeline/') ? 'frame-ancestors *' : "frame-ancestors 'self'");
		// Every page with a script has run it: hydration or enhancement scripts were not blocked.
		expect(problems).toEqual([]);
	});
});
