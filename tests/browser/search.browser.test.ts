/**
 * Site search as a reader uses it: type a name, read the results, open one. Pagefind's
 * index is built into dist/pagefind/ by `astro build`; nothing here reaches the network.
 */
import { describe, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { describeViolations, gotoReady, listPages, runAxe, useBrowser, useSharedPage } from './browser';
import { indexedText, readPage } from '../dist/built-site';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const browser = useBrowser();
// One page runs every search in turn; each search starts from a fresh load of the search page.
const reader = useSharedPage(browser, { viewport: { width: 1280, height: 900 } });

/** Opens the search page, types a query with the keyboard and waits for the answer. */
async function searchFor(query: string): Promise<Page> {
	const { page } = await reader.visit(`${baseUrl}/search/`);
	await page.getByRole('searchbox').pressSequentially(query);
	await page.keyboard.press('Enter');
	await page.getByRole('status').filter({ hasText: query }).waitFor();
	return page;
}

async function resultLinks(page: Page): Promise<string[]> {
	return page.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

test('the header opens search from any page, and search code loads only on the search page', async ({ expect }) => {
	const page = await browser().newPage();
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	await gotoReady(page, `${baseUrl}/`);
	expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
	await page.getByRole('link', { name: 'Search' }).first().click();
	await page.waitForURL(`${baseUrl}/search/`);
	// The search box has focus, so a keyboard user can type straight away.
	expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
	await page.keyboard.type('Optum');
	await page.getByRole('status').filter({ hasText: 'Optum' }).waitFor();
	expect(requested.some((path) => path === '/pagefind/pagefind.js')).toBe(true);
	await page.close();
});

describe('finds names and terms, and opens the right page', () => {
	test('"Optum" opens the Optum organisation page', async ({ expect }) => {
		const page = await searchFor('Optum');
		const links = await resultLinks(page);
		expect(links[0]).toBe('/organisations/optum/');
		await page.locator('#search-results a').first().click();
		await page.waitForURL(`${baseUrl}/organisations/optum/`);
		expect(await page.locator('main h1').innerText()).toBe('Optum');
	});

	test('"prime contractor" opens its glossary entry', async ({ expect }) => {
		const page = await searchFor('prime contractor');
		expect(await resultLinks(page)).toContain('/glossary/#prime-contractor');
		await page.locator('#search-results a[href="/glossary/#prime-contractor"]').click();
		await page.waitForURL(`${baseUrl}/glossary/#prime-contractor`);
		expect(await page.locator('#prime-contractor').innerText()).toMatch(/Prime contractor/);
	});

	test('"CCG" finds the organisation and the glossary term', async ({ expect }) => {
		const page = await searchFor('CCG');
		const links = await resultLinks(page);
		expect(links).toContain('/organisations/ccgs/');
		expect(links).toContain('/glossary/#ccg');
	});

	test('finds words in page text, not only names, and each hit says what it is', async ({ expect }) => {
		const page = await searchFor('advert');
		const kinds = await page.locator('#search-results .kind').allInnerTexts();
		expect(kinds.length).toBeGreaterThan(0);
		expect(kinds.map((kind) => kind.toLowerCase().split(' · ')[0])).toContain('event');
	});

	test('can be driven from the keyboard alone: type, Enter, Tab to a result, Enter', async ({ expect }) => {
		const page = await searchFor('Optum');
		for (let i = 0; i < 12; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(() => Boolean(document.activeElement?.closest('#search-results')))) break;
		}
		const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
		expect(focused).toBe('/organisations/optum/');
		await page.keyboard.press('Enter');
		await page.waitForURL(`${baseUrl}/organisations/optum/`);
	});

	test('a query in the address (from a shared link) runs on arrival', async ({ expect }) => {
		const { page } = await reader.visit(`${baseUrl}/search/?q=CCG`);
		await page.getByRole('status').filter({ hasText: 'CCG' }).waitFor();
		expect(await resultLinks(page)).toContain('/organisations/ccgs/');
	});

	test('says so when nothing matches', async ({ expect }) => {
		const page = await searchFor('zzqxv');
		expect(await page.getByRole('status').innerText()).toMatch(/Nothing found/);
		expect(await page.locator('#search-results').isHidden()).toBe(true);
	});
});

describe('complete results', () => {
	test('for a common word, the count said equals the results a reader can reach, which cover every page that has the word', async ({ expect }) => {
		const word = 'Staffordshire';
		const withWord = listPages(distDir).filter((path) => indexedText(readPage(path, distDir)).toLowerCase().includes(word.toLowerCase()));
		expect(withWord.length).toBeGreaterThan(30);
		const page = await searchFor(word);
		const said = Number(/^(\d+) results/.exec(await page.getByRole('status').innerText())![1]);
		const more = page.getByRole('button', { name: /more/ });
		while (await more.isVisible()) {
			await more.click();
			// The first newly shown result takes focus, so a keyboard reader carries on from there.
			expect(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)).toBe(true);
		}
		const links = await resultLinks(page);
		expect(links).toHaveLength(said);
		const reached = new Set(links.map((href) => new URL(href, baseUrl).pathname));
		expect([...reached].sort()).toEqual(withWord);
	});

	test('the phase about a place ranks above passing mentions, and events and phases show their dates', async ({ expect }) => {
		const page = await searchFor('Staffordshire');
		const items = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
		const kinds = await items.evaluateAll((list) => list.slice(0, 3).map((item) => item.querySelector('.kind')!.textContent));
		expect(kinds).toContain('Phase · 2014 to 2017');
		const allKinds = await items.evaluateAll((list) => list.map((item) => item.querySelector('.kind')!.textContent!));
		const events = allKinds.filter((kind) => kind.startsWith('Event'));
		expect(events.length).toBeGreaterThan(2);
		for (const kind of events) expect(kind).toMatch(/^Event · (\d{1,2} )?([A-Z][a-z]+ )?\d{4}$/);
	});
});

describe('accessibility', () => {
	test('axe passes with search closed (no query yet)', async ({ expect }) => {
		const { page } = await reader.visit(`${baseUrl}/search/`);
		expect(describeViolations(await runAxe(page))).toEqual([]);
	});

	test('axe passes with search open (results showing)', async ({ expect }) => {
		const page = await searchFor('CCG');
		expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
		expect(describeViolations(await runAxe(page))).toEqual([]);
	});

	test('without JavaScript the page explains where to browse instead', async ({ expect }) => {
		const context = await browser().newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${baseUrl}/search/`);
		expect(await page.locator('main').innerText()).toMatch(/needs JavaScript/);
		await context.close();
	});
});
