/**
 * The embeds in a real WordPress (Debian's 6.1; see setup.ts), opened in Chromium at 1280 and
 * 390 px wide: the timeline, a phase and an event pasted as addresses are embedded through
 * oEmbed, sandboxed by WordPress and resized by its own wp-embed.js; the builder's code in a
 * Custom HTML block is resized by the loader; an Author's copy of that code loses the frame
 * on save. Links and "copy link" do what they can in each frame. Prints the frame heights;
 * screenshots of each post go to test-results/wordpress/ (git-ignored).
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Frame, Locator, Page } from 'playwright-core';
import { launchBrowser, openWatchedPage } from '../browser/browser';
import { routes } from '../../src/lib/routes';

const wp = inject('wordpress');
const postUrl = (key: keyof typeof wp.posts) => `${wp.url}/?p=${wp.posts[key].id}`;
const WIDTHS = [1280, 390] as const;
const SHOTS = 'test-results/wordpress';
const heights: Record<string, Partial<Record<(typeof WIDTHS)[number], number>>> = {};
/** Chromium's report of the one window.open() an embed tries before it knows new tabs are blocked. */
const POPUP_PROBE = /^Blocked opening '.*' in a new window because the request was made in a sandboxed frame whose 'allow-popups' permission is not set\.$/;

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	console.log(`Frame heights in WordPress (px):\n${Object.entries(heights).map(([post, byWidth]) => `  ${post}: ${WIDTHS.map((width) => `${byWidth[width]} at ${width}`).join(', ')}`).join('\n')}`);
});

async function open(key: keyof typeof wp.posts, width: number): Promise<{ page: Page; problems: string[] }> {
	const watched = await openWatchedPage(browser);
	// Source links point at other sites: answer them here, so nothing reaches the internet.
	await watched.context.route(
		(url) => !url.href.startsWith(wp.url) && !url.href.startsWith(wp.site),
		(route) => route.fulfill({ body: 'elsewhere', contentType: 'text/plain' }),
	);
	await watched.page.setViewportSize({ width, height: 800 });
	await watched.page.goto(postUrl(key), { waitUntil: 'load' });
	return watched;
}

async function frameOf(iframe: Locator): Promise<Frame> {
	const frame = await (await iframe.elementHandle())!.contentFrame();
	await frame!.waitForSelector('[data-embed-root]');
	return frame!;
}

const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.querySelector('[data-embed-root]')!.getBoundingClientRect().height));

test('an Author’s Custom HTML loses the frame and the loader on save, as the builder warns; an Editor’s keeps them', () => {
	expect(wp.posts.customHtml.content).toMatch(new RegExp(`<iframe src="${wp.site}${routes.embedEvent(wp.eventId)}"`));
	expect(wp.posts.customHtml.content).toContain('<script async');
	expect(wp.posts.authorHtml.content).not.toMatch(/<iframe|<script/);
});

describe.each(WIDTHS)('at %i px wide', (width) => {
	test.each(['timeline', 'phase', 'event'] as const)('the %s address embeds as a sandboxed frame that WordPress fits to its content', async (key) => {
		const { page, problems } = await open(key, width);
		const iframe = page.locator('iframe.wp-embedded-content');
		await iframe.waitFor();
		expect(await iframe.getAttribute('sandbox')).toBe('allow-scripts');
		expect(await iframe.getAttribute('src')).toMatch(/#\?secret=[A-Za-z0-9]+$/);
		const frame = await frameOf(iframe);
		// wp-embed.js (loaded because of the blockquote) shows the frame and hides the fallback link.
		const fits = async () => Number(await iframe.getAttribute('height')) - Math.max(200, Math.min(1000, await contentHeight(frame)));
		await expect.poll(fits, { timeout: 20_000 }).toBe(0);
		expect(await iframe.getAttribute('style')).toBeNull();
		expect(await page.locator('blockquote.wp-embedded-content').isHidden()).toBe(true);
		expect(await frame.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
		if (key !== 'event') {
			// The embed opens on the story; stepping to the next event keeps the frame fitted.
			await frame.locator('.tl[data-ready]').waitFor();
			const first = await frame.locator('#tl-panel-heading').textContent();
			await frame.getByRole('button', { name: /Next/ }).click();
			await expect.poll(() => frame.locator('#tl-panel-heading').textContent()).not.toBe(first);
			await expect.poll(fits, { timeout: 10_000 }).toBe(0);
		}
		(heights[key] ??= {})[width] = Number(await iframe.getAttribute('height'));
		await page.screenshot({ path: `${SHOTS}/${key}-${width}.png`, fullPage: true });
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('the builder’s code in a Custom HTML block is fitted by the loader, opens links in new tabs and copies', async () => {
		const { page, problems } = await open('customHtml', width);
		for (const origin of [wp.site, wp.url]) await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
		const iframe = page.locator(`iframe[src^="${wp.site}/embed/events/"]`);
		const frame = await frameOf(iframe);
		const fits = async () => Math.abs((await iframe.evaluate((element) => element.getBoundingClientRect().height)) - (await contentHeight(frame)));
		await expect.poll(fits, { timeout: 20_000 }).toBeLessThanOrEqual(1);
		// The frame keeps to the theme's text column, as wide as the post's title.
		const column = (await page.locator('.wp-block-post-title').boundingBox())!;
		const box = (await iframe.boundingBox())!;
		expect(box.width).toBeLessThanOrEqual(column.width + 1);
		expect(box.x).toBeGreaterThanOrEqual(column.x - 1);
		heights.customHtml = { ...heights.customHtml, [width]: Math.round((await iframe.boundingBox())!.height) };
		await page.screenshot({ path: `${SHOTS}/custom-html-${width}.png`, fullPage: true });

		// Copy first: the clipboard needs the reader on the page with the embed, not in a new tab.
		await frame.getByRole('button', { name: 'Copy link to this event' }).click();
		await expect.poll(() => frame.getByRole('status').textContent(), { timeout: 5_000 }).toBe('Link copied.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${wp.site}${routes.event(wp.eventId)}`);
		const source = frame.locator('.source-links a[rel~="external"]').first();
		const [tab] = await Promise.all([page.context().waitForEvent('page'), source.click()]);
		expect(tab.url()).toBe(await source.getAttribute('href'));
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

test('in WordPress’s sandbox, the event card’s links and copy do what the frame allows', async () => {
	const { page, problems } = await open('event', 1280);
	const iframe = page.locator('iframe.wp-embedded-content');
	const frame = await frameOf(iframe);
	await expect.poll(() => iframe.getAttribute('style'), { timeout: 20_000 }).toBeNull();

	// A source (another site): no new tab is allowed, so its address is shown, selected.
	const source = frame.locator('.source-links a[rel~="external"]').first();
	const href = await source.getAttribute('href');
	await source.click();
	const field = frame.getByRole('group', { name: 'Address to copy' }).getByRole('textbox', { name: 'Address' });
	expect(await field.inputValue()).toBe(href);
	// Copying: WordPress strips allow="clipboard-write", so the embed shows the address instead.
	await frame.getByRole('button', { name: 'Copy link to this event' }).click();
	expect(await field.inputValue()).toBe(`${wp.site}${routes.event(wp.eventId)}`);
	expect(await field.evaluate((input: HTMLInputElement) => document.activeElement === input && input.selectionEnd === input.value.length)).toBe(true);
	// A page of this site: WordPress opens it in its own window when asked.
	await frame.getByRole('link', { name: 'Read the whole story (new tab)' }).click();
	await page.waitForURL(`${wp.site}${routes.event(wp.eventId)}`);
	expect(problems.filter((problem) => !POPUP_PROBE.test(problem))).toEqual([]);
	await page.context().close();
});
