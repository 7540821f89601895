/**
 * The interactive timeline in Chromium: keyboard, story mode (keyboard, touch, deep links,
 * history), filters, axe in each state, the phone layout, and the no-JavaScript list. Event
 * ids and counts come from the built site (the /events/<id>/ pages and the list), never from
 * hard-coded content. Elements are found by role and label.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeViolations, launchBrowser, openReader, readBandLabels, runAxe, type Reader } from './browser';

const baseUrl = inject('baseUrl');
/** Every event the site built a page for. */
const builtEventIds = readdirSync(join(inject('distDir'), 'events'), { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name)
	.sort();
/** Every event in date order (the story's order), from the open data the site publishes. */
const storyOrder: { id: string; title: string; kind: string }[] = JSON.parse(readFileSync(join(inject('distDir'), 'data/events.json'), 'utf8')).events;
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

let browser: Browser;
/** One reader per device, reused from test to test: a fresh context per test cost more than the test. */
const readers = new Map<BrowserContextOptions, Reader>();
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	for (const reader of readers.values()) await reader.close();
	await browser?.close();
});

/** What went wrong on the current test's visit: console and uncaught errors, failed requests, HTTP errors. */
let problems: string[] = [];
afterEach(() => {
	expect(problems).toEqual([]);
	problems = [];
});

/** Opens the timeline (with an optional query) and waits for the island to be ready. */
async function openTimeline(options: BrowserContextOptions, query = ''): Promise<Page> {
	let reader = readers.get(options);
	if (!reader) {
		reader = await openReader(browser, options);
		readers.set(options, reader);
	}
	const visit = await reader.visit(`${baseUrl}/timeline/${query}`);
	problems = visit.problems;
	await visit.page.waitForSelector('.tl[data-ready]');
	return visit.page;
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

const island = (page: Page) => page.getByRole('region', { name: 'Interactive timeline' });
/** The panel: one event in full (a region named by its title), or a cluster's list. */
const panel = (page: Page) => island(page).locator('section[aria-labelledby="tl-panel-heading"]');
const panelHeading = (page: Page) => page.locator('#tl-panel-heading');
const focused = (page: Page) =>
	page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		return { mark: element?.dataset.mark, cluster: element?.classList.contains('tl-dot--cluster'), id: element?.id, name: element?.textContent?.trim() };
	});
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const announcement = (page: Page) => island(page).locator('[aria-live="polite"].visually-hidden').textContent();

/** Presses Tab from the start of the main content until a timeline mark has focus; returns the presses. */
async function tabsToFirstMark(page: Page): Promise<number> {
	await page.evaluate(() => {
		const main = document.querySelector('main')!;
		main.tabIndex = -1;
		main.focus();
	});
	for (let presses = 1; presses <= 40; presses++) {
		await page.keyboard.press('Tab');
		if ((await focused(page)).mark) return presses;
	}
	return Infinity;
}

test('the no-JavaScript list has every built event with date, title, summary and sources', async () => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${baseUrl}/timeline/`);
	expect(await page.locator('.timeline-island').first().isVisible()).toBe(false);
	const events = await listedEvents(page);
	expect(events.map((event) => event.id).sort()).toEqual(builtEventIds);
	// Each item read in one pass in the page, rather than three round trips an event.
	const items = await page.locator('.event-list li.event').evaluateAll((elements) =>
		elements.map((item) => ({
			dates: item.querySelectorAll('time[datetime]').length,
			// textContent: phases far down the list are not rendered until a reader nears them (content-visibility).
			summary: item.querySelector('p')?.textContent?.trim().length ?? 0,
			sources: item.querySelectorAll('.source-links a[rel="external"]').length,
		})),
	);
	expect(items).toHaveLength(builtEventIds.length);
	for (const item of items) {
		expect(item.dates).toBe(1);
		expect(item.summary).toBeGreaterThan(20);
		expect(item.sources).toBeGreaterThan(0);
	}
	await context.close();
});

test.each([
	['desktop', DESKTOP],
	['phone', PHONE],
])('on a %s, a keyboard reaches the first event within 5 Tab presses from the start of the main content', async (_name, options) => {
	const page = await openTimeline(options);
	expect(await tabsToFirstMark(page)).toBeLessThanOrEqual(5);
});

test('every mark is named by its date and title, and key events show whole titles at the default zoom', async () => {
	const page = await openTimeline(DESKTOP);
	const marks = island(page).getByRole('list', { name: 'Events in date order' }).getByRole('button');
	const names = await marks.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''));
	expect(names.length).toBeGreaterThan(10);
	for (const name of names) expect(name).toMatch(/^(\d+ events: .+ \+ \d+ more, |.*\d{4} .+, [A-Z][a-z])/);
	// Titled cards outnumber dots, and no card's title is cut off.
	const cards = island(page).locator('.tl-card');
	expect(await cards.count()).toBeGreaterThan(names.length / 2);
	const cut = await cards.evaluateAll((items) => items.filter((card) => card.scrollHeight > card.clientHeight + 1).map((card) => card.textContent));
	expect(cut).toEqual([]);
	// Each card's top line shows its date whole, and its kind whole or not at all: never cut mid-word.
	const topLines = await cards.evaluateAll((items) =>
		items.map((card) => {
			// The kind's cell spans the top line between the date and the sum.
			const cell = card.querySelector('.tl-card__kind')!.getBoundingClientRect();
			const inner = card.getBoundingClientRect();
			const middle = (box: DOMRect) => (box.top + box.bottom) / 2;
			const onTopLine = (box: DOMRect, within: { left: number; right: number }) => middle(box) > cell.top && middle(box) < cell.bottom && box.left >= within.left - 0.5 && box.right <= within.right + 0.5;
			const kind = card.querySelector('.tl-card__kind .tl-drop-whole')!.getBoundingClientRect();
			return { text: card.textContent, date: onTopLine(card.querySelector('.tl-card__date')!.getBoundingClientRect(), inner), kind: onTopLine(kind, cell) || middle(kind) > cell.bottom };
		}),
	);
	expect(topLines.filter((line) => !line.date || !line.kind)).toEqual([]);
	// Every phase band names its phase whole, and shows who bought care whole or not at all,
	// never over the next band (its accessible name always says both).
	const bands = await readBandLabels(island(page));
	expect(bands.bands).toBe(6);
	expect(bands.faults).toEqual([]);
	expect(bands.named).toBe(bands.bands);
	// A cluster names its first event.
	const cluster = await island(page).locator('.tl-dot--cluster').first().getAttribute('aria-label');
	expect(cluster).toMatch(/^\d+ events: .+ \+ \d+ more, /);
});

test('keyboard only: walk events in time order, open and close each', async () => {
	const page = await openTimeline(DESKTOP);
	const total = (await listedEvents(page)).length;
	expect(await tabsToFirstMark(page)).toBeLessThan(Infinity);
	const opened: string[] = [];
	for (let step = 0; step < 80 && opened.length < Math.min(5, total); step++) {
		// After a cluster zooms in, focus moves to its first event's mark once the new layout is drawn.
		await expect.poll(async () => (await focused(page)).mark).toBeTruthy();
		const card = await focused(page);
		await page.keyboard.press('Enter');
		if (card.cluster) {
			// A cluster either zooms in (focus moves to another mark) or lists its events; wait for either.
			const listed = async () => (await page.locator('.tl-panel__choices').count()) > 0;
			await expect.poll(async () => (await listed()) || ((await focused(page)).mark ?? card.mark) !== card.mark).toBe(true);
			if (!(await listed())) continue;
			const onChoice = () => page.evaluate(() => document.activeElement?.classList.contains('tl-choice'));
			for (let presses = 0; presses < 5 && !(await onChoice()); presses++) await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
		}
		// React renders and writes the address after the key press returns: under load that takes a moment.
		await expect.poll(() => param(page, 'event')).toBeTruthy();
		const id = param(page, 'event')!;
		expect(opened).not.toContain(id);
		opened.push(id);
		await expect.poll(async () => (await focused(page)).id).toBe('tl-panel-heading');
		const title = (await page.locator(`#event-${id} h4 a`).innerText()).trim();
		expect((await panelHeading(page).innerText()).trim()).toBe(title);
		await page.keyboard.press('Escape');
		await expect.poll(() => panel(page).count()).toBe(0);
		await expect.poll(async () => (await focused(page)).mark).toBeTruthy();
		const back = await focused(page);
		await expect.poll(() => param(page, 'event')).toBeNull();
		await page.keyboard.press('ArrowRight');
		if ((await focused(page)).mark === back.mark) break;
	}
	expect(opened).toHaveLength(Math.min(5, total));
	const order = storyOrder.map((event) => event.id);
	expect([...opened].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(opened);

	// Home and End reach the ends, + and - zoom.
	const focusedMark = async () => (await focused(page)).mark;
	await page.keyboard.press('Home');
	const first = await focusedMark();
	await page.keyboard.press('End');
	if (total > 1) await expect.poll(focusedMark).not.toBe(first);
	await page.keyboard.press('Home');
	await expect.poll(focusedMark).toBe(first);
	const zoomedOut = () => page.getByRole('button', { name: 'Zoom out' }).isDisabled();
	for (let presses = 0; presses < 12; presses++) await page.keyboard.press('-');
	await expect.poll(zoomedOut).toBe(true);
	await page.keyboard.press('+');
	await expect.poll(zoomedOut).toBe(false);
	await page.keyboard.press('-');
	await expect.poll(zoomedOut).toBe(true);
});

describe('story mode', () => {
	test('by keyboard: Read the story, then Next, arrow keys and Previous, each step announced and in the address', async () => {
		const page = await openTimeline(DESKTOP);
		const events = storyOrder;
		await page.getByRole('button', { name: 'Read the story' }).focus();
		await page.keyboard.press('Enter');
		expect((await focused(page)).id).toBe('tl-panel-heading');
		expect(await panelHeading(page).textContent()).toBe(events[0]!.title);
		expect(param(page, 'event')).toBe(events[0]!.id);
		expect(param(page, 'view')).toBe('story');
		expect(await announcement(page)).toContain(`Event 1 of ${events.length}`);

		const next = panel(page).getByRole('button', { name: /Next/ });
		await next.focus();
		await page.keyboard.press('Enter');
		expect(await panelHeading(page).textContent()).toBe(events[1]!.title);
		// Focus stays on Next, so the reader can keep pressing it.
		expect((await focused(page)).name).toMatch(/^Next/);
		expect(await announcement(page)).toMatch(new RegExp(`^Event 2 of ${events.length}: .+: `));
		expect(await announcement(page)).toContain(events[1]!.title);
		await page.keyboard.press('ArrowRight');
		expect(await panelHeading(page).textContent()).toBe(events[2]!.title);
		expect(param(page, 'event')).toBe(events[2]!.id);
		await page.keyboard.press('ArrowLeft');
		expect(await panelHeading(page).textContent()).toBe(events[1]!.title);
		// The strip follows: the mark of the open event is current and in view.
		const current = island(page).locator('[data-mark][aria-current="true"]');
		await expect.poll(() => current.count()).toBe(1);
		const box = (await current.boundingBox())!;
		expect(box.x + box.width).toBeGreaterThan(0);
		expect(box.x).toBeLessThan(1280);
		});

	test('Back and Forward step through the story', async () => {
		const page = await openTimeline(DESKTOP);
		const events = storyOrder;
		await page.getByRole('button', { name: 'Read the story' }).click();
		// Each step pushes its own history entry once the step has rendered: wait for it, so Back has somewhere to go.
		await page.waitForURL((url) => url.searchParams.get('event') === events[0]!.id);
		await panel(page).getByRole('button', { name: /Next/ }).click();
		await page.waitForURL((url) => url.searchParams.get('event') === events[1]!.id);
		await panel(page).getByRole('button', { name: /Next/ }).click();
		await page.waitForURL((url) => url.searchParams.get('event') === events[2]!.id);
		expect(await panelHeading(page).textContent()).toBe(events[2]!.title);
		await page.goBack();
		await expect.poll(() => panelHeading(page).textContent()).toBe(events[1]!.title);
		await page.goBack();
		await expect.poll(() => panelHeading(page).textContent()).toBe(events[0]!.title);
		await page.goBack();
		await expect.poll(() => panel(page).count()).toBe(0);
		await page.goForward();
		await expect.poll(() => panelHeading(page).textContent()).toBe(events[0]!.title);
		await page.goForward();
		await expect.poll(() => panelHeading(page).textContent()).toBe(events[1]!.title);
		expect(param(page, 'view')).toBe('story');
		});

	test('a deep link opens that step of the story', async () => {
		const events = storyOrder;
		const index = Math.floor(events.length / 2);
		const page = await openTimeline(DESKTOP, `?event=${events[index]!.id}&view=story`);
		expect(await panelHeading(page).textContent()).toBe(events[index]!.title);
		expect(await panel(page).textContent()).toContain(`Event ${index + 1} of ${events.length}`);
		await panel(page).getByRole('button', { name: /Previous/ }).click();
		expect(await panelHeading(page).textContent()).toBe(events[index - 1]!.title);
		});

	test('by touch on a phone: tap to start, swipe and tap to step, the step in view', async () => {
		const page = await openTimeline(PHONE);
		const events = storyOrder;
		await page.getByRole('button', { name: 'Read the story' }).tap();
		expect(await panelHeading(page).textContent()).toBe(events[0]!.title);
		const swipe = async (from: number, to: number) => {
			const box = (await panel(page).boundingBox())!;
			const y = Math.min(box.y + 40, 800);
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y }] });
			for (const x of [from + (to - from) / 2, to]) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
			await cdp.detach();
		};
		await panel(page).getByRole('button', { name: /Next/ }).tap();
		await expect.poll(() => panelHeading(page).textContent()).toBe(events[1]!.title);
		// Each step scrolls its card into view: swipe once the page has come to rest.
		const rest = () => expect.poll(async () => (await page.evaluate(() => scrollY)) === (await page.waitForTimeout(100), await page.evaluate(() => scrollY))).toBe(true);
		await rest();
		await panel(page).scrollIntoViewIfNeeded();
		await swipe(320, 80);
		await expect.poll(() => panelHeading(page).textContent()).toBe(events[2]!.title);
		await rest();
		await panel(page).scrollIntoViewIfNeeded();
		await swipe(80, 320);
		await expect.poll(() => panelHeading(page).textContent()).toBe(events[1]!.title);
		await rest();
		const heading = (await panelHeading(page).boundingBox())!;
		expect(heading.y).toBeGreaterThanOrEqual(0);
		expect(heading.y + heading.height).toBeLessThanOrEqual(844);
		});
});

test('a deep link opens the right event with the right filters', async () => {
	const [event] = storyOrder;
	const page = await openTimeline(DESKTOP, `?event=${event!.id}&kind=${event!.kind}`);
	expect((await panelHeading(page).innerText()).trim()).toBe(event!.title);
	await page.getByRole('button', { name: /^Filter/ }).click();
	const kinds = island(page).getByRole('group', { name: /Kinds of event/ }).getByRole('button');
	// The fields load on first use.
	await kinds.first().waitFor();
	expect(await kinds.evaluateAll((buttons) => buttons.filter((button) => button.getAttribute('aria-pressed') === 'true').map((button) => button.getAttribute('data-kind')))).toEqual([event!.kind]);
	const marks = await island(page).getByRole('list', { name: 'Events in date order' }).locator('[data-kind]').evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
	expect(marks.every((kind) => kind === event!.kind)).toBe(true);
	expect(await island(page).locator('[data-mark][aria-current="true"]').count()).toBe(1);
});

test('filters sit behind one button, narrow the timeline, say when nothing matches, and restore', async () => {
	const page = await openTimeline(DESKTOP);
	const events = await listedEvents(page);
	expect(await page.getByLabel('Search titles', { exact: true }).count()).toBe(0);
	const filter = page.getByRole('button', { name: /^Filter/ });
	await filter.click();
	expect(await filter.getAttribute('aria-expanded')).toBe('true');
	const count = island(page).locator('.tl-count');
	expect((await count.innerText()).trim()).toBe(`All ${events.length} ${events.length === 1 ? 'event' : 'events'}`);

	const kind = events[0]!.kind;
	const ofKind = events.filter((event) => event.kind === kind).length;
	await island(page).locator(`.tl-kind[data-kind="${kind}"]`).click();
	expect(await count.innerText()).toMatch(ofKind === events.length ? /^All/ : new RegExp(`^${ofKind} of ${events.length}`));
	expect(param(page, 'kind')).toBe(kind);

	await page.getByLabel('Search titles', { exact: true }).fill('zzqx no such words');
	expect(await island(page).getByText('No events match these filters.').count()).toBe(1);
	expect(await count.innerText()).toMatch(/^0 of/);
	expect(param(page, 'q')).toBe('zzqx no such words');

	await island(page).getByRole('search').getByRole('button', { name: 'Clear filters' }).click();
	expect((await count.innerText()).trim()).toMatch(/^All/);
	expect(new URL(page.url()).search).toBe('');

	// An organisation filter keeps only events that name it (or a child of it).
	const organisation = page.getByLabel('Organisation', { exact: true });
	const firstOrg = await organisation.locator('option').nth(1).getAttribute('value');
	await organisation.selectOption(firstOrg!);
	expect(param(page, 'org')).toBe(firstOrg);
	expect(await count.innerText()).toMatch(/^(All|\d+ of)/);
});

test('a wheel zoom keeps the card under the pointer still and lays out again once it ends', async () => {
	const page = await openTimeline(DESKTOP);
	const markKeys = () => island(page).locator('[data-mark]').evaluateAll((marks) => marks.filter((mark) => mark.classList.contains('tl-card')).map((mark) => mark.getAttribute('data-mark')!));
	const before = new Set(await markKeys());
	// A card in the first screen (cards are in date order, not lane order).
	const key = await island(page).locator('.tl-card').evaluateAll((cards) => cards.find((card) => card.getBoundingClientRect().bottom < innerHeight)!.getAttribute('data-mark'));
	const card = island(page).locator(`[data-mark="${key}"]`);
	const from = (await card.boundingBox())!;
	await page.mouse.move(from.x + 4, from.y + from.height / 2);
	for (let step = 0; step < 6; step++) await page.mouse.wheel(0, -60);
	// Zooming in gives more events a titled card.
	await expect.poll(async () => (await markKeys()).filter((mark) => !before.has(mark)).length).toBeGreaterThan(0);
	const to = (await island(page).locator(`[data-mark="${key}"]`).boundingBox())!;
	expect(Math.abs(to.x - from.x)).toBeLessThan(40);
});

test('after the window narrows to the phone view and widens again (a tablet turned and turned back), the wide stage shows its events again', async () => {
	const page = await openTimeline(DESKTOP);
	const stageMarks = island(page).getByRole('list', { name: 'Events in date order' }).getByRole('button');
	const count = await stageMarks.count();
	expect(count).toBeGreaterThan(0);
	await page.setViewportSize({ width: 900, height: DESKTOP.viewport!.height });
	await expect.poll(() => island(page).getByRole('list', { name: /^Events: / }).count()).toBeGreaterThan(0);
	await page.setViewportSize(DESKTOP.viewport!);
	await expect.poll(() => stageMarks.count()).toBe(count);
});

describe('while a gesture is under way', () => {
	/** Zooms in (at the whole story there is nowhere to pan) and waits until the marks are laid out there and keep still. */
	async function zoomIn(page: Page) {
		await island(page).getByRole('button', { name: 'Zoom in', exact: true }).click();
		await expect.poll(() => island(page).getByRole('button', { name: 'Zoom out', exact: true }).isEnabled()).toBe(true);
		const cards = island(page).getByRole('list', { name: 'Events in date order' }).locator('.tl-card');
		const where = async () => JSON.stringify(await Promise.all((await cards.all()).map((card) => card.boundingBox())));
		let last = '';
		await expect.poll(async () => last === (last = await where()), { interval: 100 }).toBe(true);
	}
	/** Starts a drag on the stage's axis and moves it 200 px left; returns a card that stays in view, where it was, and a way to drag on. */
	async function startDrag(page: Page) {
		const cards = island(page).getByRole('list', { name: 'Events in date order' }).locator('.tl-card');
		const boxes = await Promise.all((await cards.all()).map((card) => card.boundingBox()));
		const index = boxes.findIndex((box) => box && box.x > 400 && box.x < 700 && box.y + box.height < DESKTOP.viewport!.height);
		const card = cards.nth(index);
		const from = boxes[index]!;
		const axis = (await island(page).locator('.tl-axis').boundingBox())!;
		const start = { x: axis.x + axis.width / 2, y: axis.y + axis.height / 2 };
		/** Drags on to `distance` px left of where the drag started, 40 px a move. */
		const dragTo = async (distance: number, done = 0) => {
			for (let step = done + 40; step <= distance; step += 40) await page.mouse.move(start.x - step, start.y);
		};
		await page.mouse.move(start.x, start.y);
		await page.mouse.down();
		await dragTo(200);
		return { card, from, dragTo };
	}
	/** What the pointer meets at the middle of a box: the sketch drawn over the stage, a mark, or something else. */
	const pointerMeets = (page: Page, box: { x: number; y: number; width: number; height: number }) =>
		page.evaluate(({ x, y }) => {
			const met = document.elementFromPoint(x, y);
			return met?.closest('canvas') ? 'sketch' : met?.closest('[data-mark]') ? 'mark' : 'other';
		}, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
	/** The stage as a reader sees it. */
	const stageImage = (page: Page) => island(page).locator('.tl-viewport').screenshot();

	test('the stage is drawn as a sketch over its marks, which keep still and stay in the accessibility tree, and come back where it settled', async () => {
		const page = await openTimeline(DESKTOP);
		const marks = island(page).getByRole('list', { name: 'Events in date order' }).getByRole('button');
		await zoomIn(page);
		const count = await marks.count();
		const { card, from, dragTo } = await startDrag(page);
		await expect.poll(async () => pointerMeets(page, (await card.boundingBox())!)).toBe('sketch');
		expect(await island(page).locator('canvas').getAttribute('aria-hidden')).toBe('true');
		// The sketch follows the drag while the marks under it keep still, and a screen reader
		// still finds every one (more may be drawn around the view).
		expect(await marks.count()).toBeGreaterThanOrEqual(count);
		const held = (await card.boundingBox())!.x;
		const before = await stageImage(page);
		await dragTo(320, 200);
		await expect.poll(async () => (await stageImage(page)).equals(before)).toBe(false);
		expect((await card.boundingBox())!.x).toBe(held);
		await page.mouse.up();
		await expect.poll(async () => from.x - (await card.boundingBox())!.x).toBe(320);
		await expect.poll(async () => pointerMeets(page, (await card.boundingBox())!)).toBe('mark');
	});

	test('when the reader’s system forces its colours, the marks themselves move (a canvas would ignore those colours)', async () => {
		const page = await openTimeline({ ...DESKTOP, forcedColors: 'active' });
		await zoomIn(page);
		const { card, from } = await startDrag(page);
		await expect.poll(async () => from.x - (await card.boundingBox())!.x).toBe(200);
		expect(await pointerMeets(page, (await card.boundingBox())!)).toBe('mark');
		await page.mouse.up();
	});

	test('in a browser that cannot draw a canvas off the main thread, the marks themselves move', async () => {
		// A reader of its own: the script added here must not reach other tests' pages.
		const page = await openTimeline({ ...DESKTOP });
		await page.addInitScript(() => Reflect.deleteProperty(window, 'OffscreenCanvas'));
		await page.reload();
		await page.waitForSelector('.tl[data-ready]');
		await zoomIn(page);
		const { card, from } = await startDrag(page);
		await expect.poll(async () => from.x - (await card.boundingBox())!.x).toBe(200);
		expect(await pointerMeets(page, (await card.boundingBox())!)).toBe('mark');
		await page.mouse.up();
	});
});

describe('axe passes on the timeline', () => {
	// Its default state is checked with every other page, in pages.browser.test.ts. These states
	// change only the island, so axe checks the island in them (the page around it is unchanged).
	test('with the filters open and filtered, with an event open, and in story mode', async () => {
		const page = await openTimeline(DESKTOP);
		const [event] = await listedEvents(page);
		await page.getByRole('button', { name: /^Filter/ }).click();
		await island(page).locator(`.tl-kind[data-kind="${event!.kind}"]`).click();
		expect(describeViolations(await runAxe(page, '.tl'))).toEqual([]);
		await page.goto(`${baseUrl}/timeline/?event=${event!.id}`);
		await page.waitForSelector('.tl[data-ready] #tl-panel-heading');
		expect(describeViolations(await runAxe(page, '.tl'))).toEqual([]);
		await page.getByRole('button', { name: 'Read the story' }).click();
		await panel(page).getByRole('button', { name: /Next/ }).click();
		expect(describeViolations(await runAxe(page, '.tl'))).toEqual([]);
		});
	test('on a phone, in story mode', async () => {
		const [id] = builtEventIds;
		const page = await openTimeline(PHONE, `?event=${id}&view=story`);
		await panelHeading(page).waitFor();
		expect(describeViolations(await runAxe(page, '.tl'))).toEqual([]);
		});
});

describe('on a phone', () => {
	test('the timeline runs down the page, with no scroll box inside it, and its first screen shows a whole title', async () => {
		const page = await openTimeline(PHONE);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		const scrollers = await page.locator('.tl *').evaluateAll((elements) =>
			elements
				.filter((element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowY) && element.scrollHeight > element.clientHeight + 1)
				.map((element) => element.className),
		);
		expect(scrollers).toEqual([]);
		// The first event's card is whole on the first screen.
		const first = island(page).getByRole('list').first().getByRole('button').first();
		const box = (await first.boundingBox())!;
		expect(box.y).toBeGreaterThan(0);
		expect(box.y + box.height).toBeLessThanOrEqual(844);
		expect(await first.evaluate((button) => button.scrollHeight <= button.clientHeight + 1)).toBe(true);
		// Years with no events collapse into one line.
		expect(await island(page).getByText(/nothing in this story$/).count()).toBeGreaterThan(0);
		});

	test('works by touch: every control is a 44 px target, a tap opens an event in place, a filter brings the first match into view', async () => {
		const page = await openTimeline(PHONE);
		const events = await listedEvents(page);
		const small = await page.locator('.tl button, .tl input, .tl select').evaluateAll((items) =>
			items
				.filter((item) => {
					const box = item.getBoundingClientRect();
					return box.width > 0 && (box.width < 44 || box.height < 44);
				})
				.map((item) => item.outerHTML.slice(0, 80)),
		);
		expect(small).toEqual([]);
		await island(page).getByRole('button', { name: new RegExp(events[1]!.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).tap();
		expect(await panelHeading(page).textContent()).toBe(events[1]!.title);
		expect(param(page, 'event')).toBe(events[1]!.id);
		await panel(page).getByRole('button', { name: /Close/ }).tap();
		expect(await panel(page).count()).toBe(0);
		// Buttons never break inside a word.
		const broken = await page.locator('.tl button').evaluateAll((buttons) =>
			buttons.filter((button) => button.getClientRects().length > 0 && getComputedStyle(button).whiteSpace !== 'nowrap' && !button.hasAttribute('aria-label')).map((button) => button.textContent),
		);
		expect(broken).toEqual([]);

		const last = events.at(-1)!;
		await page.getByRole('button', { name: /^Filter/ }).tap();
		await page.getByLabel('Search titles', { exact: true }).fill(last.title);
		await page.getByRole('button', { name: 'Done' }).tap();
		const match = island(page).getByRole('button', { name: new RegExp(last.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
		await expect
			.poll(async () => {
				const box = await match.boundingBox();
				return Boolean(box && box.y >= 0 && box.y + box.height <= 844);
			})
			.toBe(true);
		});
});
