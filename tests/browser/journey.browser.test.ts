/**
 * The reader's journey: the front page on a phone, walking the phases in order, every
 * organisation's events, and printing. One page walks the whole journey. With SCREENSHOTS=1
 * it also writes screenshots for review under test-results/screenshots/ (git-ignored).
 */
import { describe, inject, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { listPages, useBrowser, useSharedPage } from './browser';

const baseUrl = inject('baseUrl');
const pages = listPages(inject('distDir'));
/** The phase pages themselves, not their printable summaries. */
const phasePages = pages.filter((path) => /^\/phases\/[^/]+\/$/.test(path));
const SHOTS = 'test-results/screenshots';
const browser = useBrowser();
const reader = useSharedPage(browser);

async function open(path: string, width = 1280, height = 900): Promise<Page> {
	return (await reader.visit(baseUrl + path, { width, height })).page;
}

test('on a 390×844 phone the front page shows the headline and a way into the timeline within one screen', async ({ expect }) => {
	const page = await open('/', 390, 844);
	const headline = await page.locator('main h1').boundingBox();
	expect(headline).not.toBeNull();
	expect(headline!.y + headline!.height).toBeLessThanOrEqual(844);
	// A link into the timeline inside the page itself (not the header's), on the first screen.
	const timelineLinks = page.locator('main a[href^="/timeline/"]');
	expect(await timelineLinks.count()).toBeGreaterThan(0);
	const first = await timelineLinks.first().boundingBox();
	expect(first!.y).toBeLessThan(844);
});

test('the front page links to every phase, and its compact timeline links into the timeline by phase', async ({ expect }) => {
	const page = await open('/');
	const phaseIds = phasePages.map((path) => path.split('/')[2]);
	for (const id of phaseIds) {
		expect(await page.locator(`.overview a[href="/phases/${id}/"]`).count(), id).toBe(1);
		expect(await page.locator(`.phase-cards a[href="/phases/${id}/"]`).count(), id).toBe(1);
	}
	// Only phases whose dates are known have a bar; each bar opens the timeline at its phase.
	const bars = await page.locator('.overview .bars a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	expect(bars.length).toBeGreaterThan(0);
	for (const href of bars) expect(phaseIds.map((id) => `/timeline/?phase=${id}`)).toContain(href);
});

test('next and previous links walk through every phase in order and back', async ({ expect }) => {
	const page = await open('/');
	const cardOrder = await page.locator('main .phase-cards h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect(cardOrder).toHaveLength(phasePages.length);

	const forward: string[] = [];
	await page.goto(baseUrl + cardOrder[0]);
	for (;;) {
		forward.push(new URL(page.url()).pathname);
		const next = page.locator('nav[aria-label="Phases"] a[rel="next"]');
		if ((await next.count()) === 0) break;
		await Promise.all([page.waitForURL((url) => url.pathname !== forward.at(-1)), next.click()]);
	}
	expect(forward).toEqual(cardOrder);

	const backward: string[] = [];
	for (;;) {
		backward.push(new URL(page.url()).pathname);
		const previous = page.locator('nav[aria-label="Phases"] a[rel="prev"]');
		if ((await previous.count()) === 0) break;
		await Promise.all([page.waitForURL((url) => url.pathname !== backward.at(-1)), previous.click()]);
	}
	expect(backward).toEqual([...cardOrder].reverse());
});

test('a phase page has an in-brief box, a contents list whose links all land, its events and its sources', async ({ expect }) => {
	const page = await open(phasePages[0]!);
	expect(await page.getByRole('complementary', { name: 'In brief' }).count()).toBe(1);
	const targets = await page.locator('nav[aria-labelledby="contents-heading"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	expect(targets).toContain('#events');
	expect(targets).toContain('#sources');
	for (const target of targets) expect(await page.locator(target).count(), target).toBe(1);
	const eventLinks = await page.locator('#events ~ ol a[href^="/timeline/?event="]').count();
	expect(eventLinks).toBe(await page.locator('#events ~ ol > li').count());
	expect(await page.locator('#sources ~ ol a[href^="/sources/#"]').count()).toBeGreaterThan(0);
});

describe('organisation pages', () => {
	const orgPages = pages.filter((path) => /^\/organisations\/[^/]+\/$/.test(path));

	test('there is one per organisation in the index', async ({ expect }) => {
		const page = await open('/organisations/');
		const linked = await page.locator('main a[href^="/organisations/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect([...new Set(linked)].sort()).toEqual(orgPages);
		});

	test('a body shows its whole line of succession and a company its owner', async ({ expect }) => {
		const page = await open('/organisations/ccgs/');
		const chain = await page.locator('main ol.chain').first().innerText();
		expect(chain.replace(/\s+/g, ' ')).toMatch(/Primary Care Trusts.*Clinical commissioning groups.*Integrated care boards/);
		await page.goto(`${baseUrl}/organisations/optum/`);
		expect(await page.locator('main a[href="/organisations/unitedhealth-group/"]').count()).toBeGreaterThan(0);
		});
});

describe('print', () => {
	test.for([phasePages[0]!, '/timeline/'])('%s prints without navigation, showing source addresses', async (path, { expect }) => {
		const page = await open(path);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('header nav[aria-label="Main"]').isVisible()).toBe(false);
		expect(await page.locator('footer nav').isVisible()).toBe(false);
		expect(await page.locator('.skip-link').isVisible()).toBe(false);
		const external = page.locator('main a[href^="http"]').first();
		const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(after).toContain('http');
		});
});

// Pictures for a person to look at; they assert nothing a test above does not, so they are opt-in.
test.runIf(process.env.SCREENSHOTS)('screenshots of the front page, a phase page and an organisation page at 390 and 1280 px', async ({ expect }) => {
	mkdirSync(SHOTS, { recursive: true });
	const targets = { front: '/', phase: phasePages[0]!, organisation: '/organisations/optum/' };
	for (const width of [390, 1280]) {
		for (const [name, path] of Object.entries(targets)) {
			const page = await open(path, width, width < 600 ? 844 : 900);
			const file = `${SHOTS}/${name}-${width}.png`;
			const image = await page.screenshot({ path: file, fullPage: true });
			expect(image.byteLength, file).toBeGreaterThan(10_000);
		}
	}
});
