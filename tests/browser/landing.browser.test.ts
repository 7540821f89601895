/**
 * Where shared links land: an event page read on a phone, its onward links, and what prints.
 * Also the printable one-page summary of every phase.
 */
import { describe, expect, inject, test } from 'vitest';
import { gotoReady, listPages, useBrowser, useSharedPage } from './browser';

const baseUrl = inject('baseUrl');
const pages = listPages(inject('distDir'));
const phaseIds = pages.filter((path) => /^\/phases\/[^/]+\/$/.test(path)).map((path) => path.split('/')[2]!);
// An event in the middle of the story, with a follow-on event in the content.
const eventPath = '/events/2015-capita-pcs-contract-signed/';

const browser = useBrowser();
// The tests below only read (and print) pages: one page visits them in turn.
const reader = useSharedPage(browser);

/** Pages in a PDF as Chromium prints it on A4. */
function pdfPageCount(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

describe('an event page', () => {
	test('on a 390×844 phone, the first screen says what the site is and shows the date, title and summary', async () => {
		const page = await browser().newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		await gotoReady(page, baseUrl + eventPath);
		const main = page.getByRole('main');
		const intro = main.getByRole('link', { name: 'a sourced explainer' });
		const heading = main.getByRole('heading', { level: 1 });
		const summary = main.locator('.lede');
		for (const part of [intro, heading]) expect(await part.isVisible()).toBe(true);
		const bottom = async (locator: typeof heading) => {
			const box = (await locator.boundingBox())!;
			return box.y + box.height;
		};
		expect(await bottom(heading)).toBeLessThan(844);
		// The summary starts on the first screen: no chrome to scroll past first.
		expect((await summary.boundingBox())!.y).toBeLessThan(844 - 60);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await page.close();
	});

	test('leads on: previous and next events, what happened next, its phase, and the story opened on this event', async () => {
		const { page } = await reader.visit(baseUrl + eventPath);
		const nav = page.getByRole('navigation', { name: 'The story, event by event' });
		const previous = nav.getByRole('link', { name: /^Previous event/ });
		const next = nav.getByRole('link', { name: /^Next event/ });
		expect(await previous.getAttribute('href')).toMatch(/^\/events\/[^/]+\/$/);
		expect(await next.getAttribute('href')).toMatch(/^\/events\/[^/]+\/$/);
		expect(await nav.getByRole('link', { name: /Read the story from here/ }).getAttribute('href')).toBe(
			'/timeline/?event=2015-capita-pcs-contract-signed&view=story',
		);
		const whatNext = page.getByRole('region', { name: 'What happened next' });
		expect(await whatNext.getByRole('link').first().getAttribute('href')).toBe('/events/2016-capita-services-put-into-rectification/');
		const fits = page.getByRole('region', { name: 'Where this fits' });
		expect(await fits.getByRole('link').first().getAttribute('href')).toMatch(/^\/phases\//);
		expect(await fits.innerText()).toMatch(/care was bought by/);
		// Following "Next" lands on a page whose "Previous" comes back here.
		await next.click();
		await page.waitForURL(/\/events\//);
		expect(await page.getByRole('navigation', { name: 'The story, event by event' }).getByRole('link', { name: /^Previous event/ }).getAttribute('href')).toBe(eventPath);
	});

	test('shows every sum of money with who gave it, and the kind', async () => {
		const { page } = await reader.visit(baseUrl + eventPath);
		const figures = page.getByRole('region', { name: 'The figures' }).getByRole('listitem');
		expect(await figures.count()).toBe(3);
		expect(await figures.first().innerText()).toMatch(/£330 million[\s\S]*Figure from Committee of Public Accounts/);
		expect(await page.locator('.meta').first().innerText()).toContain('Contract');
	});

	test('prints cleanly: no share controls or navigation, and its address once', async () => {
		const { page } = await reader.visit(baseUrl + eventPath);
		await page.emulateMedia({ media: 'print' });
		expect(await page.getByRole('heading', { name: 'Share this event' }).isVisible()).toBe(false);
		expect(await page.getByRole('navigation', { name: 'The story, event by event' }).isVisible()).toBe(false);
		const text = await page.locator('body').innerText();
		expect(text.split('/events/2015-capita-pcs-contract-signed/').length - 1).toBe(1);
	});
});

describe('the one-page summary of a phase', () => {
	test('is linked from its phase page', async () => {
		const { page } = await reader.visit(`${baseUrl}/phases/${phaseIds[0]}/`);
		expect(await page.getByRole('link', { name: 'A one-page summary to print' }).getAttribute('href')).toBe(`/phases/${phaseIds[0]}/summary/`);
	});

	test.each(phaseIds)('%s prints on at most two sides of A4, with its events, sums and sources', async (id) => {
		const { page } = await reader.visit(`${baseUrl}/phases/${id}/summary/`);
		expect(await page.getByRole('heading', { name: 'What happened' }).isVisible()).toBe(true);
		expect(await page.getByRole('heading', { name: 'Main sources' }).isVisible()).toBe(true);
		await page.emulateMedia({ media: 'print' });
		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
		expect(pdfPageCount(pdf)).toBeLessThanOrEqual(2);
	});
});
