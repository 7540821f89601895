/**
 * Launches Debian's Chromium through playwright-core. No test tool downloads a browser:
 * the path is /usr/bin/chromium unless CHROMIUM_PATH says otherwise.
 */
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page, type Response } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export { listPages } from '../dist/built-site';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags that keep Chromium from calling out to the network on these machines. */
const FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
}

/**
 * One Chromium for the calling test file: launched before its tests, closed after them.
 * @example const browser = useBrowser(); … await browser().newPage();
 */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => browser!;
}

/** Playwright's own default, which a shared page returns to between visits. */
const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

/** The reader's preferences a visit can emulate. */
export type Preferences = Pick<BrowserContextOptions, 'colorScheme' | 'reducedMotion'>;

/** A page that tests visit in turn, with the list of what went wrong on the current visit. */
export interface Reader {
	/**
	 * Opens `url` afresh (ready, as gotoReady says, when JavaScript runs; loaded when it is off)
	 * at the given viewport, or the context's, on screen and with the given colour scheme and
	 * motion preference (or none) whatever the last visit emulated.
	 */
	visit(url: string, viewport?: { width: number; height: number } | null, preferences?: Preferences): Promise<{ page: Page; problems: string[]; response: Response | null }>;
	close(): Promise<void>;
}

/**
 * Opens a reader: one context and page, reused for visit after visit instead of a context and
 * page each (a fresh context made a load of /timeline/ take 0.8 s instead of 0.3 s, and axe
 * compiles faster the second time in the same page). Each visit starts from a blank page and
 * an empty list of problems: what openWatchedPage records, failed requests and HTTP errors.
 */
export async function openReader(browser: Browser, options: BrowserContextOptions = {}): Promise<Reader> {
	const { context, page, problems } = await openWatchedPage(browser, options);
	page.on('requestfailed', (request) => {
		// With scripts off, Chromium refuses the page's <link rel=modulepreload> fetches and calls
		// the refusal "csp": what a reader without JavaScript's browser does, not a fault.
		const refusedScript = options.javaScriptEnabled === false && request.failure()?.errorText === 'csp' && /\.m?js$/.test(new URL(request.url()).pathname);
		if (!refusedScript) problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	return {
		async visit(url, viewport = options.viewport ?? DEFAULT_VIEWPORT, { colorScheme = null, reducedMotion = null } = {}) {
			// Leaving the last page first, so requests it left unfinished are not blamed on this one.
			await page.goto('about:blank');
			problems.length = 0;
			if (viewport) await page.setViewportSize(viewport);
			await page.emulateMedia({ media: null, colorScheme, reducedMotion });
			const response = options.javaScriptEnabled === false ? await page.goto(url) : await gotoReady(page, url);
			return { page, problems, response };
		},
		close: () => context.close(),
	};
}

/**
 * One reader (see openReader) for a file's or a describe block's tests that run one after another.
 * @example const reader = useSharedPage(browser); … const { page, problems } = await reader.visit(url);
 */
export function useSharedPage(browser: () => Browser, options: BrowserContextOptions = {}): Pick<Reader, 'visit'> {
	let reader: Reader | undefined;
	beforeAll(async () => {
		reader = await openReader(browser(), options);
	});
	afterAll(async () => {
		await reader?.close();
	});
	return { visit: (...args) => reader!.visit(...args) };
}

/**
 * A test fixture that lends readers (see openReader) to one test at a time: concurrent tests
 * each get a reader of their own, and a reader a finished test gives back serves the next one.
 * @example const readerTest = test.extend<{ reader: Reader }>({ reader: lendReaders(browser) });
 */
export function lendReaders(browser: () => Browser, options: BrowserContextOptions = {}) {
	const idle: Reader[] = [];
	const opened: Reader[] = [];
	afterAll(async () => {
		await Promise.all(opened.map((reader) => reader.close()));
	});
	return async ({}, use: (reader: Reader) => Promise<void>) => {
		const reader = idle.pop() ?? opened[opened.push(await openReader(browser(), options)) - 1]!;
		await use(reader);
		idle.push(reader);
	};
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 A and AA rule sets (and the 2.0/2.1 ones they build on). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/**
 * Runs axe-core in the page (through the DevTools protocol, so a strict CSP does not block it).
 * Every WCAG rule runs (or only `rules`, by axe id); only violations are gathered in full (`resultTypes`), which halves the
 * time on long pages. axe is injected once per document; reusing one page across visits lets
 * Chromium reuse its compiled code.
 */
export async function runAxe(page: Page, include?: string, rules?: string[]): Promise<AxeViolation[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	// Check the page at rest: text still fading in would fail the contrast rule on the way.
	await page.evaluate(() =>
		Promise.all(
			document
				.getAnimations()
				.filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
				.map((animation) => animation.finished.catch(() => undefined)),
		),
	);
	return page.evaluate(
		async ({ tags, include, rules }) => {
			const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
			const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
			const result = await axe.run(include ?? document, { runOnly, resultTypes: ['violations'] });
			return result.violations.map(({ id, impact, help, nodes }) => ({
				id,
				impact,
				help,
				nodes: nodes.map((node) => ({ target: node.target })),
			}));
		},
		{ tags: WCAG_TAGS, include, rules },
	);
}

/** One line per violation, for readable assertion failures. */
export function describeViolations(violations: AxeViolation[]): string[] {
	return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * A new page that records console errors, uncaught errors and CSP violations (from every frame,
 * reported to the console by an init script) into `problems`.
 */
export async function openWatchedPage(
	browser: Browser,
	options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
	const context = await browser.newContext(options);
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) =>
			console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
		);
	});
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(message.text());
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	return { context, page, problems };
}

/**
 * Opens a page and waits until a reader could use it: loaded, fonts in, and every island that
 * hydrates on load or when idle hydrated (Astro drops an island's `ssr` attribute once it
 * has). Explicit readiness instead of `networkidle`, which waits out an arbitrary quiet period.
 */
export async function gotoReady(page: Page, url: string) {
	const response = await page.goto(url, { waitUntil: 'load' });
	await page.waitForFunction(
		() =>
			document.fonts.status === 'loaded' &&
			[...document.querySelectorAll('astro-island[client="load"], astro-island[client="idle"]')].every((island) => !island.hasAttribute('ssr')),
	);
	return response;
}

/**
 * Reads the timeline's phase bands under `scope` as a reader sees them. A band's label (the
 * phase's name, then who bought care) shows each part whole or not at all and stops before the
 * next band in its row: `faults` lists the text of every band that breaks this, `named` counts
 * the bands whose name shows.
 */
export async function readBandLabels(scope: Page | Locator): Promise<{ bands: number; named: number; faults: string[] }> {
	const found = await scope.locator('.tl-band').evaluateAll((bands) => {
		const boxes = bands.map((band) => band.getBoundingClientRect());
		return bands.map((band, index) => {
			const line = band.querySelector('.tl-band__label')!.getBoundingClientRect();
			const parts = [...band.querySelectorAll('.tl-band__label strong, .tl-band__label .tl-drop-whole')].map((part) => part.getBoundingClientRect());
			const shown = parts.filter((part) => (part.top + part.bottom) / 2 < line.bottom);
			const whole = shown.every((part) => part.left >= line.left - 0.5 && part.right <= line.right + 0.5);
			const box = boxes[index]!;
			const nextLeft = Math.min(...boxes.filter((other) => Math.abs(other.top - box.top) < 1 && other.left >= box.right - 1).map((other) => other.left), Infinity);
			const clear = shown.every((part) => part.right <= nextLeft + 0.5);
			return { text: band.textContent ?? '', named: shown.length > 0 && shown[0] === parts[0], ok: whole && clear };
		});
	});
	return { bands: found.length, named: found.filter((band) => band.named).length, faults: found.filter((band) => !band.ok).map((band) => band.text) };
}
