/**
 * The interactive timeline in Chromium: keyboard, deep links, history, filters, axe in each
 * state, the phone layout by touch, and the no-JavaScript list. Event ids and counts come
 * from the built site (the /events/<id>/ pages and the list), never from hard-coded content.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeViolations, launchBrowser, runAxe } from './browser';

const baseUrl = inject('baseUrl');
/** Every event the site built a page for. */
const builtEventIds = readdirSync(join(inject('distDir'), 'events'), { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name)
	.sort();
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Opens the timeline (with an optional query) and waits for the island to be ready. */
async function openTimeline(options: BrowserContextOptions, query = ''): Promise<Page> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${baseUrl}/timeline/${query}`);
	await page.waitForSelector('.tl[data-ready]');
	page.on('close', () => expect(errors).toEqual([]));
	return page;
}

/** The events in the server-rendered list: id, title and kind, in page order. */
async function listedEvents(page: Page) {
	return page.locator('#event-list ~ .event-list li.event').evaluateAll((items) =>
		items.map((item) => ({
			id: item.id.replace(/^event-/, ''),
			kind: item.getAttribute('data-kind') ?? '',
			title: item.querySelector('h4 a')?.textContent?.trim() ?? '',
		})),
	);
}

const focused = (page: Page) =>
	page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		return { mark: element?.dataset.mark, cluster: element?.classList.contains('tl-card--cluster'), tag: element?.tagName };
	});
const detailsHeading = (page: Page) => page.locator('.tl-details h2');
const eventParam = (page: Page) => new URL(page.url()).searchParams.get('event');

test('the no-JavaScript list has every built event with date, title, summary and sources', async () => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${baseUrl}/timeline/`);
	expect(await page.locator('.timeline-island').first().isVisible()).toBe(false);
	const events = await listedEvents(page);
	expect(events.map((event) => event.id).sort()).toEqual(builtEventIds);
	for (const item of await page.locator('.event-list li.event').all()) {
		expect(await item.locator('time[datetime]').count()).toBe(1);
		expect((await item.locator('p').first().innerText()).length).toBeGreaterThan(20);
		expect(await item.locator('.source-links a[rel="external"]').count()).toBeGreaterThan(0);
	}
	await context.close();
});

test('keyboard only: Tab in, walk five events in time order, open and close each', async () => {
	const page = await openTimeline(DESKTOP);
	const total = (await listedEvents(page)).length;
	// Tab from the top of the page until a timeline card has focus.
	for (let presses = 0; presses < 60 && !(await focused(page)).mark; presses++) await page.keyboard.press('Tab');
	expect((await focused(page)).mark).toBeTruthy();

	const opened: string[] = [];
	for (let step = 0; step < 80 && opened.length < Math.min(5, total); step++) {
		const card = await focused(page);
		expect(card.mark).toBeTruthy();
		await page.keyboard.press('Enter');
		if (card.cluster) {
			// A cluster either zooms in (focus stays on a card) or lists its events.
			if ((await page.locator('.tl-details__choices').count()) === 0) continue;
			const onChoice = () => page.evaluate(() => document.activeElement?.classList.contains('tl-choice'));
			for (let presses = 0; presses < 5 && !(await onChoice()); presses++) await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
		}
		const id = eventParam(page);
		expect(id).toBeTruthy();
		expect(opened).not.toContain(id);
		opened.push(id!);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('tl-details-heading');
		const title = (await page.locator(`#event-${id} h4 a`).innerText()).trim();
		expect((await detailsHeading(page).innerText()).trim()).toBe(title);
		await page.keyboard.press('Escape');
		expect(await page.locator('.tl-details').count()).toBe(0);
		const back = await focused(page);
		expect(back.mark).toBeTruthy();
		expect(eventParam(page)).toBeNull();
		await page.keyboard.press('ArrowRight');
		if ((await focused(page)).mark === back.mark) break;
	}
	expect(opened).toHaveLength(Math.min(5, total));
	// Opened in time order: the list is in time order too.
	const order = (await listedEvents(page)).map((event) => event.id);
	expect([...opened].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(opened);

	// Home and End reach the ends, + and - zoom.
	const focusedMark = async () => (await focused(page)).mark;
	await page.keyboard.press('Home');
	const first = await focusedMark();
	await page.keyboard.press('End');
	if (total > 1) await expect.poll(focusedMark).not.toBe(first);
	await page.keyboard.press('Home');
	await expect.poll(focusedMark).toBe(first);
	// Clusters may have zoomed in on the way: '-' zooms back out to the whole story.
	const zoomedOut = () => page.getByRole('button', { name: 'Zoom out' }).isDisabled();
	for (let presses = 0; presses < 12; presses++) await page.keyboard.press('-');
	await expect.poll(zoomedOut).toBe(true);
	await page.keyboard.press('+');
	await expect.poll(zoomedOut).toBe(false);
	await page.keyboard.press('-');
	await expect.poll(zoomedOut).toBe(true);
	await page.context().close();
});

test('a deep link opens the right event with the right filters', async () => {
	const probe = await openTimeline(DESKTOP);
	const [event] = await listedEvents(probe);
	await probe.context().close();
	const page = await openTimeline(DESKTOP, `?event=${event!.id}&kind=${event!.kind}`);
	expect((await detailsHeading(page).innerText()).trim()).toBe(event!.title);
	expect(await page.locator(`.tl-kind[data-kind="${event!.kind}"]`).getAttribute('aria-pressed')).toBe('true');
	expect(await page.locator('.tl-kind[aria-pressed="true"]').count()).toBe(1);
	const kinds = await page.locator('.tl-marks .tl-card[data-kind]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-kind')));
	expect(kinds.every((kind) => kind === event!.kind)).toBe(true);
	expect(await page.locator(`.tl-card[aria-current="true"]`).count()).toBe(1);
	await page.context().close();
});

test('back and forward move through selections', async () => {
	const page = await openTimeline(DESKTOP);
	const events = await listedEvents(page);
	const [first, second] = events;
	await page.goto(`${baseUrl}/timeline/?event=${first!.id}`);
	await page.waitForSelector('.tl[data-ready]');
	await page.keyboard.press('Escape');
	expect(await page.locator('.tl-details').count()).toBe(0);
	if (second) {
		await page.locator('.tl-details').waitFor({ state: 'detached' });
		await page.evaluate((id) => history.pushState(null, '', `/timeline/?event=${id}`), second.id);
		await page.evaluate(() => dispatchEvent(new PopStateEvent('popstate')));
		expect((await detailsHeading(page).innerText()).trim()).toBe(second.title);
		await page.goBack();
	}
	expect(await page.locator('.tl-details').count()).toBe(0);
	await page.goBack();
	await page.locator('.tl-details').waitFor();
	expect((await detailsHeading(page).innerText()).trim()).toBe(first!.title);
	expect(eventParam(page)).toBe(first!.id);
	await page.goForward();
	await page.locator('.tl-details').waitFor({ state: 'detached' });
	expect(eventParam(page)).toBeNull();
	await page.context().close();
});

test('filters narrow the timeline, say when nothing matches, and restore', async () => {
	const page = await openTimeline(DESKTOP);
	const events = await listedEvents(page);
	const count = page.locator('.tl-count');
	expect((await count.innerText()).trim()).toBe(`All ${events.length} ${events.length === 1 ? 'event' : 'events'}`);

	const kind = events[0]!.kind;
	const ofKind = events.filter((event) => event.kind === kind).length;
	await page.locator(`.tl-kind[data-kind="${kind}"]`).click();
	expect(await count.innerText()).toMatch(ofKind === events.length ? /^All/ : new RegExp(`^${ofKind} of ${events.length}`));
	expect(new URL(page.url()).searchParams.get('kind')).toBe(kind);

	await page.getByLabel('Search titles', { exact: true }).fill('zzqx no such words');
	expect(await page.locator('.tl-empty').innerText()).toContain('No events match');
	expect(await count.innerText()).toMatch(/^0 of/);
	expect(new URL(page.url()).searchParams.get('q')).toBe('zzqx no such words');

	await page.locator('.tl-toolbar').getByRole('button', { name: 'Clear filters' }).click();
	expect((await count.innerText()).trim()).toMatch(/^All/);
	expect(await page.locator('.tl-empty').count()).toBe(0);
	expect(new URL(page.url()).search).toBe('');

	// An organisation filter keeps only events that name it (or a child of it).
	const organisation = page.getByLabel('Organisation', { exact: true });
	const firstOrg = await organisation.locator('option').nth(1).getAttribute('value');
	await organisation.selectOption(firstOrg!);
	expect(new URL(page.url()).searchParams.get('org')).toBe(firstOrg);
	expect(await count.innerText()).toMatch(/^(All|\d+ of)/);
	await page.context().close();
});

test('a wheel zoom keeps the card under the pointer still and opens clusters once it ends', async () => {
	const page = await openTimeline(DESKTOP);
	const markKeys = () => page.locator('.tl-marks [data-mark]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-mark')!));
	const before = new Set(await markKeys());
	// During the gesture the cards only move; the layout follows once d3-zoom says it ended.
	const card = page.locator('.tl-marks .tl-card:not(.tl-card--cluster)').first();
	const key = await card.getAttribute('data-mark');
	const from = (await card.boundingBox())!;
	await page.mouse.move(from.x, from.y + from.height / 2);
	for (let step = 0; step < 6; step++) await page.mouse.wheel(0, -60);
	await expect.poll(async () => (await markKeys()).filter((mark) => !before.has(mark)).length).toBeGreaterThan(0);
	const to = (await page.locator(`.tl-marks [data-mark="${key}"]`).boundingBox())!;
	expect(Math.abs(to.x - from.x)).toBeLessThan(2);
	await page.context().close();
});

describe('axe passes on the timeline', () => {
	test('by default, filtered, and with an event open', async () => {
		const page = await openTimeline(DESKTOP);
		expect(describeViolations(await runAxe(page))).toEqual([]);
		const [event] = await listedEvents(page);
		await page.locator(`.tl-kind[data-kind="${event!.kind}"]`).click();
		expect(describeViolations(await runAxe(page))).toEqual([]);
		await page.goto(`${baseUrl}/timeline/?event=${event!.id}`);
		await page.waitForSelector('.tl[data-ready] .tl-details');
		expect(describeViolations(await runAxe(page))).toEqual([]);
		await page.context().close();
	});
	test('on a phone, with an event open', async () => {
		const [id] = builtEventIds;
		const page = await openTimeline(PHONE, `?event=${id}`);
		await page.locator('.tl-details').waitFor();
		expect(describeViolations(await runAxe(page))).toEqual([]);
		await page.context().close();
	});
});

test('on a phone the timeline runs down the page and works by touch', async () => {
	const page = await openTimeline(PHONE);
	expect(await page.locator('.tl-viewport--tall').count()).toBe(1);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	const cards = await page.locator('.tl-vmarks .tl-card').evaluateAll((items) =>
		items.slice(0, 3).map((item) => {
			const box = item.getBoundingClientRect();
			return { x: Math.round(box.x), y: Math.round(box.y), width: box.width };
		}),
	);
	expect(cards.length).toBeGreaterThan(0);
	for (const [index, card] of cards.entries()) {
		expect(card.width).toBeGreaterThan(250);
		if (index > 0) {
			expect(card.x).toBe(cards[0]!.x);
			expect(card.y).toBeGreaterThan(cards[index - 1]!.y);
		}
	}
	// Every control is a 44 px touch target.
	const small = await page.locator('.tl button, .tl input, .tl select').evaluateAll((items) =>
		items.filter((item) => {
			const box = item.getBoundingClientRect();
			return box.width > 0 && (box.width < 44 || box.height < 44);
		}).map((item) => item.outerHTML.slice(0, 80)),
	);
	expect(small).toEqual([]);

	await page.locator('.tl-vmarks .tl-card').first().tap();
	if ((await page.locator('.tl-details__choices').count()) > 0) await page.locator('.tl-choice').first().tap();
	await page.locator('.tl-details h2').waitFor();
	expect(eventParam(page)).toBeTruthy();
	await page.locator('.tl-details').getByRole('button', { name: /close/i }).tap();
	expect(await page.locator('.tl-details').count()).toBe(0);
	// A phase heading zooms to that phase and brings its heading to the top (as far as the
	// column can scroll); "Show all years" zooms back out.
	const zoomedOut = () => page.getByRole('button', { name: 'Zoom out' }).isDisabled();
	const phase = page.locator('.tl-vphase').last();
	const phaseId = await phase.getAttribute('data-phase');
	await phase.tap();
	await expect
		.poll(() =>
			page.evaluate((id) => {
				const scroller = document.querySelector('.tl-scroller')!;
				const heading = document.querySelector(`.tl-vphase[data-phase="${id}"]`)!;
				const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
				return atEnd || Math.abs(heading.getBoundingClientRect().top - scroller.getBoundingClientRect().top) < 2;
			}, phaseId),
		)
		.toBe(true);
	if (!(await zoomedOut())) await page.getByRole('button', { name: 'Show all years' }).tap();
	await expect.poll(zoomedOut).toBe(true);
	await page.getByRole('button', { name: 'Zoom in' }).tap();
	await expect.poll(zoomedOut).toBe(false);
	await page.context().close();
});
