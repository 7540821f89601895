// `npm run bench`: how fast the timeline is for a reader. Builds the site (skip with
// --no-build; --site-only skips the synthetic rows), builds a bench-only harness page with 1,000 synthetic events into a temporary
// folder (never into dist/), serves both on 127.0.0.1 and drives Chromium with 4x CPU
// throttling at 390x844 and 1280x800, 5 runs each (in rounds that load every row of a
// viewport once, so the machine's drift moves an island and its baseline together), printing
// medians. It prints figures and
// targets; it never fails on a slow figure (it is not a test), only when something breaks.
// --only=TEXT runs only the rows whose "page @ viewport" contains TEXT (e.g. --only=desktop);
// --breakdown also prints, per row, the main thread's median time per interaction by trace
// event (script, style, layout, paint…), to see where frame time goes.
//
// Definitions:
// - JS (gz): every script response on the page before the reader interacts, gzipped at level 6
//   as a static host would; what the first zoom or pan loads is printed beside it ("+ N KB on
//   first use").
// - interactive: navigation start → the island's root has `data-ready` (React has hydrated,
//   measured the stage, drawn the real layout and bound its handlers). For the no-JavaScript
//   baseline (the same /timeline/ page, a plain HTML list, with JavaScript off): its load event.
//   Each island row prints its ratio to that baseline at the same viewport (target: ≤ 2x).
// - TBT: sum over long tasks (PerformanceObserver 'longtask') of (duration − 50 ms), from
//   navigation start to 1 s after interactive.
// - CLS: sum of layout-shift values without recent input, same window.
// - FCP: first contentful paint, when the reader first sees the page's text.
// - frame p95: 95th percentile of requestAnimationFrame intervals while zooming (wheel and
//   buttons) and panning (drag on wide screens, scrolling on narrow ones), one input per frame.
//   An idle page gives 16.7 ms at 60 Hz, so p95 ≤ 16.7 ms means no dropped frames; the idle
//   p95 (60 frames, no input) is printed beside it to show how busy the machine itself is.
// - frame CPU p95: 95th percentile of the main thread's CPU time per frame over the same
//   interaction, from a DevTools trace: the work the page asks of the CPU, which other load on
//   the machine hardly changes (under 16.7 ms means the page itself can keep up at 60 Hz).
// - worker CPU p95: the same for the worker that draws the wide stage's sketch while a gesture
//   is under way (sketch-worker.ts), in the same frames. DevTools cannot throttle a worker
//   ("Operation is only supported for pages"), so this figure is at the machine's own speed:
//   a CPU four times slower would take about four times as long.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../server/static-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const THROTTLE = Number(process.env.BENCH_THROTTLE ?? 4);
const VIEWPORTS = [
	{ name: 'mobile 390x844', width: 390, height: 844, mobile: true },
	{ name: 'desktop 1280x800', width: 1280, height: 800, mobile: false },
];

if (!process.argv.includes('--no-build')) {
	const built = spawnSync('npx', ['astro', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
	if (built.status !== 0) process.exit(1);
}

const harnessDir = mkdtempSync(join(tmpdir(), 'timeline-bench-'));
const { build } = await import('vite');
const { default: react } = await import('@vitejs/plugin-react');
await build({
	root: join(ROOT, 'tests/bench/harness'),
	base: './',
	logLevel: 'warn',
	plugins: [react()],
	build: { outDir: harnessDir, emptyOutDir: true },
});

const site = await startStaticServer({ root: join(ROOT, 'dist') });
const harness = await startStaticServer({ root: harnessDir });
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

/** Records ready time, long tasks and layout shifts from the very start of the page. */
const OBSERVE = () => {
	const bench = { ready: undefined, longTasks: [], shifts: [] };
	window.__bench = bench;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
	}).observe({ type: 'longtask', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.shifts.push({ start: entry.startTime, value: entry.value });
	}).observe({ type: 'layout-shift', buffered: true });
	window.__benchReady = new Promise((resolve) => {
		new MutationObserver((_, observer) => {
			if (document.querySelector('.tl[data-ready]')) {
				bench.ready = performance.now();
				observer.disconnect();
				resolve();
			}
		}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
	});
};

/**
 * Evaluates `expression` in the page through DevTools and returns its value (awaited), failing
 * on an exception. Used while a page loads instead of Playwright's locators, whose selector
 * engine would run its queries on the page's main thread inside the measured window.
 */
async function inPage(cdp, expression) {
	const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
	if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
	return result.value;
}

/**
 * Zooms and pans the way a reader does, one input per animation frame, driven inside the
 * page so that no DevTools round trips sit between frames; returns the frame intervals.
 * Wide: 30 wheel steps in, a 40-frame drag, 30 wheel steps out. Narrow: the events run down
 * the page, so scroll it for 40 frames down and 40 back up. With `idle`, that many frames with
 * no input instead: the machine's own noise, for comparison.
 */
function interactInPage({ narrow, idle }) {
	const steps = [];
	// The phone timeline has no stage (its events run down the page); the embed's strip has one at every width.
	const stage = document.querySelector('.tl-viewport');
	if (idle) {
		for (let i = 0; i < idle; i++) steps.push(() => {});
	} else if (narrow || !stage) {
		for (let i = 0; i < 40; i++) steps.push(() => window.scrollBy(0, 150));
		for (let i = 0; i < 40; i++) steps.push(() => window.scrollBy(0, -150));
	} else {
		const box = stage.getBoundingClientRect();
		const x = box.left + box.width / 2;
		const y = box.top + Math.min(box.height / 2, 200);
		const wheel = (deltaY) => () => stage.dispatchEvent(new WheelEvent('wheel', { deltaY, clientX: x, clientY: y, bubbles: true, cancelable: true, view: window }));
		const mouse = (type, clientX, target) => () => target.dispatchEvent(new MouseEvent(type, { clientX, clientY: y + 100, button: 0, bubbles: true, cancelable: true, view: window }));
		for (let i = 0; i < 30; i++) steps.push(wheel(-60));
		steps.push(mouse('mousedown', x, document.querySelector('.tl-axis') ?? stage));
		for (let i = 1; i <= 40; i++) steps.push(mouse('mousemove', x - i * 15, window));
		steps.push(mouse('mouseup', x - 600, window));
		for (let i = 0; i < 30; i++) steps.push(wheel(60));
	}
	// Each input is dispatched in a task of its own just after a frame is drawn, as a browser
	// delivers real input between frames: a handler then finds the page laid out, and what it
	// asks of the next animation frame is drawn in that frame.
	const channel = new MessageChannel();
	return new Promise((resolve) => {
		const intervals = [];
		let last;
		const frame = (now) => {
			if (last !== undefined) intervals.push(now - last);
			last = now;
			const step = steps.shift();
			if (step) {
				channel.port1.onmessage = step;
				channel.port2.postMessage(null);
				requestAnimationFrame(frame);
			} else {
				// One more frame so the last input's work is counted.
				requestAnimationFrame((end) => resolve([...intervals, end - last]));
			}
		};
		requestAnimationFrame(frame);
	});
}

/**
 * Runs `act` under a DevTools trace and returns the renderer main thread's CPU time per frame
 * (thread time of its tasks between BeginMainThreadFrame events). Unlike frame intervals, this
 * hardly changes when other processes load the machine; CDP's CPU throttling does scale it.
 */
async function frameCpu(cdp, act) {
	const events = [];
	const collect = (data) => events.push(...data.value);
	cdp.on('Tracing.dataCollected', collect);
	const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
	await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline.frame', transferMode: 'ReportEvents' });
	const result = await act();
	await cdp.send('Tracing.end');
	await complete;
	cdp.off('Tracing.dataCollected', collect);
	const breakdown = {};
	const thread = (event) => `${event.pid}:${event.tid}`;
	const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain').map(thread));
	const isTask = (e) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && mainThreads.has(thread(e));
	// The page's main thread is the busiest one.
	const busiest = new Map();
	for (const event of events) if (isTask(event)) busiest.set(thread(event), (busiest.get(thread(event)) ?? 0) + 1);
	const main = [...busiest].sort((a, b) => b[1] - a[1])[0]?.[0];
	const tasks = events.filter((e) => isTask(e) && thread(e) === main);
	const frames = events.filter((e) => e.name === 'BeginMainThreadFrame' && thread(e) === main).map((e) => e.ts).sort((a, b) => a - b);
	/** CPU time of `spans` (events that do not overlap) started in each frame. */
	const perFrameOf = (spans) =>
		frames.slice(0, -1).map((start, index) => spans.filter((span) => span.ts >= start && span.ts < frames[index + 1]).reduce((sum, span) => sum + (span.tdur ?? span.dur), 0) / 1000);
	// A worker's animation frames run outside its tasks' trace events: count its outermost events.
	const workers = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'DedicatedWorker thread').map(thread));
	const workerSpans = [];
	for (const event of events.filter((e) => e.ph === 'X' && workers.has(thread(e))).sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
		const last = workerSpans.at(-1);
		if (!last || thread(last) !== thread(event) || event.ts >= last.ts + last.dur) workerSpans.push(event);
	}
	for (const event of events) {
		if (event.ph === 'X' && BREAKDOWN_EVENTS.has(event.name) && thread(event) === main) breakdown[event.name] = (breakdown[event.name] ?? 0) + (event.tdur ?? event.dur) / 1000;
	}
	return { result, perFrame: perFrameOf(tasks), workerPerFrame: workerSpans.length > 0 ? perFrameOf(workerSpans) : [], breakdown };
}

/** Trace events worth naming in --breakdown (they may nest: FunctionCall can hold a Layout). */
const BREAKDOWN_EVENTS = new Set(['FunctionCall', 'EventDispatch', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'Commit', 'HitTest']);

/** One cold load of a page: bytes, timings, shifts and (optionally) frames. */
async function measure(url, viewport, { frames = true, throttle = THROTTLE, javaScript = true } = {}) {
	const context = await browser.newContext({
		viewport: { width: viewport.width, height: viewport.height },
		isMobile: viewport.mobile,
		hasTouch: viewport.mobile,
		deviceScaleFactor: 1,
		javaScriptEnabled: javaScript,
	});
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
	await page.addInitScript(OBSERVE);
	const scripts = [];
	page.on('response', async (response) => {
		if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => gzipSync(body, { level: 6 }).length));
	});
	await page.goto(url, { waitUntil: 'load' });
	if (!javaScript) {
		const loaded = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
		const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
		await context.close();
		return { jsBytes: 0, ready: loaded, fcp, tbt: 0, cls: 0 };
	}
	const hasIsland = await inPage(cdp, `document.querySelector('.tl') !== null`);
	if (hasIsland) await inPage(cdp, `Promise.race([window.__benchReady, new Promise((_, reject) => setTimeout(() => reject(new Error('the island was not ready within 30 s')), 30000))])`);
	await page.waitForTimeout(1000);
	const bench = await page.evaluate(() => window.__bench);
	const until = (bench.ready ?? performance.now()) + 1000;
	const total = (responses) => Promise.all(responses).then((sizes) => sizes.reduce((sum, bytes) => sum + bytes, 0));
	const beforeInteraction = scripts.length;
	const result = {
		jsBytes: await total(scripts.slice(0, beforeInteraction)),
		ready: bench.ready,
		fcp: await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime),
		tbt: bench.longTasks.filter((task) => task.start < until).reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
		cls: bench.shifts.filter((shift) => shift.start < until).reduce((sum, shift) => sum + shift.value, 0),
	};
	if (hasIsland && frames) {
		result.idleP95 = percentile(await page.evaluate(interactInPage, { idle: 60 }), 0.95);
		const { result: intervals, perFrame, workerPerFrame, breakdown } = await frameCpu(cdp, () => page.evaluate(interactInPage, { narrow: viewport.mobile }));
		result.frameCpuP95 = percentile(perFrame, 0.95);
		result.workerCpuP95 = percentile(workerPerFrame, 0.95);
		result.frameP95 = percentile(intervals, 0.95);
		result.frames = intervals.length;
		result.breakdown = breakdown;
		result.lazyJsBytes = await total(scripts.slice(beforeInteraction));
	}
	await context.close();
	return result;
}

function percentile(values, p) {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}
const median = (values) => percentile(values.filter((value) => value !== undefined && !Number.isNaN(value)), 0.5);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms1 = (value) => (value === undefined || Number.isNaN(value) ? 'n/a' : `${value.toFixed(1)} ms`);
const ms = (value) => (value === undefined || Number.isNaN(value) ? 'n/a' : `${value.toFixed(0)} ms`);

const ONLY = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);

/**
 * Measures a group of rows in rounds: each round loads every row once, so the rows of a group
 * (an island and the no-JavaScript list it is compared with) meet the same machine, and a
 * drift in its speed moves them together instead of moving the ratio.
 */
async function group(specs) {
	const chosen = specs.filter((spec) => !ONLY || `${spec.label} @ ${spec.viewport.name}`.includes(ONLY));
	const runs = chosen.map(() => []);
	for (let round = 0; round < RUNS; round++) {
		for (const [index, spec] of chosen.entries()) runs[index].push(await measure(spec.url, spec.viewport, { throttle: spec.throttle ?? THROTTLE, javaScript: spec.javaScript ?? true }));
	}
	const baseline = chosen.findIndex((spec) => spec.javaScript === false);
	const base = baseline >= 0 ? median(runs[baseline].map((r) => r.ready)) : undefined;
	return chosen.map((spec, index) => summarise(spec, runs[index], spec.javaScript === false ? undefined : base));
}

/** One row of the table from a row's runs: medians, and the ratio to the no-JavaScript list when measured with it. */
function summarise({ label, viewport }, runs, base) {
	const ready = median(runs.map((r) => r.ready));
	const row = {
		page: label,
		viewport: viewport.name,
		'JS (gz)': kb(median(runs.map((r) => r.jsBytes))),
		'JS on first use': kb(median(runs.map((r) => r.lazyJsBytes ?? 0))),
		FCP: ms(median(runs.map((r) => r.fcp))),
		interactive: ms(ready),
		'× no-JS list': base ? `${(ready / base).toFixed(2)}x` : '',
		TBT: ms(median(runs.map((r) => r.tbt))),
		CLS: median(runs.map((r) => r.cls)).toFixed(4),
		'frame p95': ms(median(runs.map((r) => r.frameP95))),
		'idle frame p95': ms(median(runs.map((r) => r.idleP95))),
		'frame CPU p95': ms1(median(runs.map((r) => r.frameCpuP95))),
		'worker CPU p95': ms1(median(runs.map((r) => r.workerCpuP95))),
	};
	if (process.argv.includes('--breakdown')) {
		const names = [...new Set(runs.flatMap((r) => Object.keys(r.breakdown ?? {})))];
		const parts = names.map((name) => [name, median(runs.map((r) => r.breakdown?.[name] ?? 0))]).sort((a, b) => b[1] - a[1]);
		console.log(`  main thread per interaction: ${parts.map(([name, value]) => `${name} ${value.toFixed(0)} ms`).join(', ')}`);
	}
	console.log(`${row.page} @ ${row.viewport}: JS ${row['JS (gz)']} (+ ${row['JS on first use']} on first use), FCP ${row.FCP}, interactive ${row.interactive}${row['× no-JS list'] ? ` (${row['× no-JS list']} the no-JS list)` : ''}, TBT ${row.TBT}, CLS ${row.CLS}, frame p95 ${row['frame p95']} (idle ${row['idle frame p95']}), frame CPU p95 ${row['frame CPU p95']}${row['worker CPU p95'] === 'n/a' ? '' : `, worker CPU p95 ${row['worker CPU p95']} (unthrottled)`}`);
	return row;
}

try {
	console.log(`\nTimeline benchmark: ${RUNS} cold runs per row in interleaved rounds, ${THROTTLE}x CPU throttling unless the row says otherwise, medians.\n`);
	const rows = [];
	const synthetic = !process.argv.includes('--site-only');
	for (const viewport of VIEWPORTS) {
		rows.push(
			...(await group([
				{ label: '/timeline/ list, no JavaScript', url: `${site.url}/timeline/`, viewport, javaScript: false },
				{ label: '/timeline/ (real data)', url: `${site.url}/timeline/`, viewport },
				{ label: '/embed/timeline/ (real data)', url: `${site.url}/embed/timeline/`, viewport },
				...(synthetic ? [{ label: 'harness, 1,000 synthetic events', url: `${harness.url}/index.html?events=1000`, viewport }] : []),
			])),
		);
	}
	// The frame target is for desktops: the same desktop rows once more without throttling.
	rows.push(
		...(await group([
			{ label: '/timeline/ (real data), no throttling', url: `${site.url}/timeline/`, viewport: VIEWPORTS[1], throttle: 1 },
			...(synthetic ? [{ label: 'harness, 1,000 synthetic events, no throttling', url: `${harness.url}/index.html?events=1000`, viewport: VIEWPORTS[1], throttle: 1 }] : []),
		])),
	);
	const glossary = await measure(`${site.url}/glossary/`, VIEWPORTS[1], { frames: false });
	console.log('');
	console.table(rows.filter(Boolean));
	console.log(`/glossary/ (no island) ships ${kb(glossary.jsBytes)} of JS${glossary.jsBytes === 0 ? '' : ': it should ship none'}.`);
	console.log('Targets: JS ≤ 85 KB gz before interaction; interactive ≤ 2x the no-JS list; TBT < 150 ms; CLS < 0.01; frame p95 and frame CPU p95 ≤ 16.7 ms desktop.');
	console.log('Worker CPU is at the machine\'s own speed (DevTools cannot throttle a worker): at 4x it would take about four times as long.');
	console.log('The harness page is a bare React root (no Astro, no server-rendered list), so its JS and load figures are not the site\'s.');
} finally {
	await browser.close();
	await site.close();
	await harness.close();
	rmSync(harnessDir, { recursive: true, force: true });
}
