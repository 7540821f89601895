/**
 * The two explanatory diagrams (issue 5), as a reader meets them: complete with JavaScript
 * off, a stepper and a trace that work from the keyboard, axe clean in every state and in
 * both colour schemes, and no JavaScript at all on a page that shows one fixed step.
 * With SCREENSHOTS=1, screenshots at 390 and 1280 px go to test-results/diagrams/ for review.
 */
import { beforeAll, describe, inject, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describeViolations, gotoReady, runAxe, useBrowser, useSharedPage, type Preferences } from './browser';
import { WHO_BUYS_STEPS } from '../../src/lib/diagrams/who-buys';

const baseUrl = inject('baseUrl');
const SHOTS = 'test-results/diagrams';
const browser = useBrowser();
beforeAll(() => {
	mkdirSync(SHOTS, { recursive: true });
});

// One page, at 1280x900 unless a test asks otherwise, visits /diagrams/ for each test in turn.
const reader = useSharedPage(browser, { viewport: { width: 1280, height: 900 } });
async function open(path: string, viewport?: { width: number; height: number }, preferences?: Preferences): Promise<Page> {
	return (await reader.visit(baseUrl + path, viewport, preferences)).page;
}

/** Waits until Astro has hydrated the island around `selector` (the island drops its `ssr` flag). */
async function hydrated(page: Page, selector: string) {
	await page.locator(selector).scrollIntoViewIfNeeded();
	await page.waitForSelector(`astro-island:not([ssr]) ${selector}`);
}

/** Ids of the traced (or dimmed) boxes and lines in the drawing that is showing in one panel. */
async function tracedIn(page: Page, model: 'direct' | 'prime', state: 'true' | 'false' = 'true') {
	const svg = page.locator(`.dg-panel[data-model="${model}"] .dg-stage svg:visible`);
	const ids = (attribute: string) =>
		svg.locator(`[${attribute}][data-traced="${state}"]`).evaluateAll((els, a) => els.map((el) => el.getAttribute(a)!), attribute);
	return { nodes: (await ids('data-node')).sort(), edges: (await ids('data-edge')).sort() };
}

describe('with JavaScript off', () => {
	// One page without JavaScript reads the five pages in turn.
	const noScriptReader = useSharedPage(browser, { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });

	test('both diagrams are drawn and described in words on /diagrams/', async ({ expect }) => {
		const { page } = await noScriptReader.visit(`${baseUrl}/diagrams/`);
		const whoBuys = page.locator('.dg-who-buys');
		expect(await whoBuys.locator('figure figcaption').count()).toBe(1);
		expect(await whoBuys.locator('.dg-stage svg:visible').count()).toBe(1);
		expect(await whoBuys.locator('.dg-stage svg:visible [data-node]').count()).toBeGreaterThanOrEqual(5);
		await expect(whoBuys.locator('.dg-words').innerText()).resolves.toContain('Department of Health pays Primary Care Trusts');
		// Without JavaScript the stepper's links lead to each step's own page.
		await expect(whoBuys.locator('.dg-stepper a').nth(1).getAttribute('href')).resolves.toBe('/diagrams/ccgs-2013/');

		const prime = page.locator('.dg-prime');
		expect(await prime.locator('.dg-panel .dg-stage svg:visible').count()).toBe(2);
		await expect(prime.locator('.dg-panel[data-model="prime"] .dg-words').innerText()).resolves.toContain(
			'Sub-contractor B answers to the prime contractor',
		);
		await expect(prime.locator('.dg-estimate').innerText()).resolves.toMatch(/UNISON said some estimates .* 30% to 40%/);
		// The trace is a native <details>, so its answer opens without JavaScript too.
		await prime.locator('.dg-trace summary').click();
		await expect(prime.locator('.dg-trace li[data-model="prime"]').isVisible()).resolves.toBe(true);
	});

	test.for(WHO_BUYS_STEPS.map((step) => step.id))('the page for step %s shows its drawing and words', async (id, { expect }) => {
		const { page } = await noScriptReader.visit(`${baseUrl}/diagrams/${id}/`);
		await expect(page.locator('.dg-who-buys').getAttribute('data-step')).resolves.toBe(id);
		expect(await page.locator('.dg-stage svg:visible').count()).toBe(1);
		expect((await page.locator('.dg-words li').count()) > 3).toBe(true);
	});
});

describe.concurrent('a page that shows one fixed step', () => {
	test('ships no JavaScript at all', async ({ expect }) => {
		const context = await browser().newContext();
		const page = await context.newPage();
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
		});
		await gotoReady(page, `${baseUrl}/diagrams/ccgs-2013/`);
		expect(scripts).toEqual([]);
		expect(await page.evaluate(() => document.scripts.length)).toBe(0);
		expect(await page.locator('astro-island').count()).toBe(0);
		// The interactive page, by contrast, does load its island: this check can fail.
		await gotoReady(page, `${baseUrl}/diagrams/`);
		await hydrated(page, '.dg-who-buys');
		expect(scripts.length).toBeGreaterThan(0);
		await context.close();
	});
});

describe('the stepper', () => {
	test('moves through every step from the keyboard and announces each one', async ({ expect }) => {
		const page = await open('/diagrams/');
		await hydrated(page, '.dg-who-buys');
		const figure = page.locator('.dg-who-buys');
		for (const [index, step] of WHO_BUYS_STEPS.entries()) {
			if (index > 0) {
				await figure.locator('[data-move="next"]').focus();
				await page.keyboard.press('Enter');
			}
			await expect(figure.getAttribute('data-step')).resolves.toBe(step.id);
			await expect(figure.locator('[aria-current="step"]').innerText()).resolves.toContain(step.shortTitle);
			expect(await figure.locator('[aria-current]').count()).toBe(1);
			if (index > 0) {
				await expect(figure.locator('[data-live]').innerText()).resolves.toContain(`Step ${index + 1} of ${WHO_BUYS_STEPS.length}`);
			}
		}
		// Straight to a step by its own button, and back with "Previous step".
		await figure.locator('.dg-stepper ol a').first().focus();
		await page.keyboard.press('Enter');
		await expect(figure.getAttribute('data-step')).resolves.toBe('pcts-2006');
		await figure.locator('.dg-stepper ol a').nth(2).focus();
		await page.keyboard.press('Enter');
		await figure.locator('[data-move="previous"]').focus();
		await page.keyboard.press('Enter');
		await expect(figure.getAttribute('data-step')).resolves.toBe('ccgs-2013');
		// Stepping stays on the page: the links only lead away without JavaScript.
		expect(new URL(page.url()).pathname).toBe('/diagrams/');
	});

	test('does not animate when the reader asks for reduced motion', async ({ expect }) => {
		const page = await open('/diagrams/', undefined, { reducedMotion: 'reduce' });
		await hydrated(page, '.dg-who-buys');
		await page.locator('.dg-who-buys [data-move="next"]').click();
		const animation = await page.locator('.dg-who-buys .dg-stage svg:visible').evaluate((svg) => getComputedStyle(svg).animationName);
		expect(animation).toBe('none');
	});
});

describe('the accountability trace', () => {
	test('highlights the path from sub-contractor to CCG in both models, and clears it', async ({ expect }) => {
		const page = await open('/diagrams/');
		await hydrated(page, '.dg-prime');
		expect(await page.locator('.dg-prime [data-traced]').count()).toBe(0);
		await page.locator('.dg-prime .dg-trace summary').focus();
		await page.keyboard.press('Enter');

		// The island draws the trace once it has rendered the open state.
		await expect.poll(() => tracedIn(page, 'direct')).toEqual({ nodes: ['ccg', 'provider-c'], edges: ['c-answers-ccg'] });
		await expect(tracedIn(page, 'prime')).resolves.toEqual({
			nodes: ['ccg', 'prime', 'provider-c'],
			edges: ['c-answers-prime', 'ccg-no-contract-c', 'prime-answers-ccg'],
		});
		// The contract that does not exist is drawn, and labelled, only while tracing.
		const gap = page.locator('.dg-panel[data-model="prime"] .dg-svg--wide [data-edge="ccg-no-contract-c"]');
		expect(await gap.count()).toBe(1);
		expect(await page.locator('.dg-panel[data-model="prime"] .dg-svg--wide .dg-labels').innerHTML()).toContain('no contract');
		// Everything off the path steps back, including the CCG's own contract with the prime contractor.
		expect((await tracedIn(page, 'prime', 'false')).edges).toContain('ccg-contracts-prime');

		await page.keyboard.press('Enter');
		// The trace clears once the island has rendered the closed state.
		await expect.poll(() => page.locator('.dg-prime [data-traced]').count()).toBe(0);
	});
});

describe('axe and screenshots', () => {
	// Each diagram is checked on its own here; tests/browser/pages.browser.test.ts checks whole pages.
	// The dark scheme changes only colours, so there it runs only the rules that read colours.
	const rulesByScheme = { light: undefined, dark: ['color-contrast', 'link-in-text-block'] };
	for (const colorScheme of ['light', 'dark'] as const) {
		const rules = rulesByScheme[colorScheme];
		test(`every state passes axe in the ${colorScheme} scheme`, async ({ expect }) => {
			const page = await open('/diagrams/', undefined, { colorScheme });
			await hydrated(page, '.dg-who-buys');
			for (const [index, step] of WHO_BUYS_STEPS.entries()) {
				if (index > 0) await page.locator('.dg-who-buys [data-move="next"]').click();
				await expect(page.locator('.dg-who-buys').getAttribute('data-step')).resolves.toBe(step.id);
				expect(describeViolations(await runAxe(page, '.dg-who-buys', rules)), `step ${step.id}`).toEqual([]);
			}
			await hydrated(page, '.dg-prime');
			await page.locator('.dg-prime .dg-trace summary').click();
			await page.waitForSelector('.dg-prime [data-traced="true"]', { state: 'attached' });
			expect(describeViolations(await runAxe(page, '.dg-prime', rules)), 'tracing').toEqual([]);
			});
	}

	test('fits 320 px without sideways scrolling, and prints the full-size drawing and the trace answer without the stepper', async ({ expect }) => {
		const page = await open('/diagrams/', { width: 320, height: 800 });
		await hydrated(page, '.dg-who-buys');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await expect(page.locator('.dg-who-buys .dg-svg--narrow').isVisible()).resolves.toBe(true);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.dg-who-buys .dg-svg--wide').isVisible()).resolves.toBe(true);
		await expect(page.locator('.dg-who-buys .dg-svg--narrow').isVisible()).resolves.toBe(false);
		await expect(page.locator('.dg-stepper').isVisible()).resolves.toBe(false);
		// Paper cannot open the trace, so its answer prints even though it is closed on screen.
		await expect(page.locator('.dg-trace li').first().isVisible()).resolves.toBe(true);
	});

	for (const width of [390, 1280]) {
		test(`at ${width} px both drawings fit, the trace open, with nothing scrolling sideways`, async ({ expect }) => {
			const page = await open('/diagrams/', { width, height: 900 });
			await hydrated(page, '.dg-who-buys');
			// Pictures for a person to look at, only when asked for: they assert nothing.
			if (process.env.SCREENSHOTS) await page.locator('.dg-who-buys').screenshot({ path: `${SHOTS}/who-buys-${width}.png` });
			await hydrated(page, '.dg-prime');
			await page.locator('.dg-prime .dg-trace summary').click();
			if (process.env.SCREENSHOTS) await page.locator('.dg-prime').screenshot({ path: `${SHOTS}/prime-contractor-traced-${width}.png` });
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			});
	}
});
