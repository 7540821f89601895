/**
 * Launches Debian's Chromium through playwright-core. No test tool downloads a browser:
 * the path is /usr/bin/chromium unless CHROMIUM_PATH says otherwise.
 */
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
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

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 A and AA rule sets (and the 2.0/2.1 ones they build on). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/** Runs axe-core in the page (through the DevTools protocol, so a strict CSP does not block it). */
export async function runAxe(page: Page, include?: string): Promise<AxeViolation[]> {
	await page.evaluate(axeSource);
	return page.evaluate(
		async ({ tags, include }) => {
			const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
			const result = await axe.run(include ?? document, { runOnly: { type: 'tag', values: tags } });
			return result.violations.map(({ id, impact, help, nodes }) => ({
				id,
				impact,
				help,
				nodes: nodes.map((node) => ({ target: node.target })),
			}));
		},
		{ tags: WCAG_TAGS, include },
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
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
	const context = await browser.newContext();
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
