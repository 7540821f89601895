/**
 * The page's side of the sketch drawn while a gesture is under way: it starts the worker that
 * draws it (./sketch-worker.ts), hands it the stage's canvas, reads the theme it draws in and
 * passes on each frame's transform. Loaded with the gesture code (./gesture-code.ts), so the
 * worker starts (and loads its font) as the reader first points at the stage, before a gesture.
 */
import sansLatin from '@fontsource-variable/public-sans/files/public-sans-latin-wght-normal.woff2?url';
// Only types from the modules the page has already loaded: importing their code here would
// make the bundler split it into a chunk of its own, which the page would then load too.
import type { EventKind, ZoomTransform } from '../../../lib/timeline/types';
import type { SketchOptions, SketchTheme } from './sketch';
import type { SketchReply, SketchRequest, SketchSource } from './sketch-worker';

export interface Sketcher {
	/** Settles once the worker can draw (its font has loaded), has failed, or has taken longer than READY_WAIT_MS. */
	whenReady: Promise<void>;
	/** Whether the worker can draw: it has started and loaded its font, and has not failed. */
	ready: () => boolean;
	/** The theme to draw in, read from the stage's stylesheet (see readTheme). */
	readTheme: typeof readTheme;
	/** Starts a gesture's sketch on `canvas` from the marks' layout (made from `source` at `laidOut`). */
	start: (canvas: HTMLCanvasElement, gesture: { source: SketchSource; laidOut: ZoomTransform; options: SketchOptions }) => void;
	/** Asks for the view at `transform` (drawn on the worker's next frame; only the latest counts). */
	frame: (transform: ZoomTransform, settled: boolean) => void;
	/** Clears the sketch, showing the marks again. */
	end: () => void;
}

/** How long the first gesture waits for the worker before the marks move themselves instead. */
const READY_WAIT_MS = 500;

/** Starts the worker; undefined where a canvas cannot be drawn off the main thread (the marks then move themselves). */
export function createSketcher(): Sketcher | undefined {
	if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined' || !('transferControlToOffscreen' in HTMLCanvasElement.prototype)) return undefined;
	const worker = new Worker(new URL('./sketch-worker.ts', import.meta.url), { type: 'module' });
	const post = (request: SketchRequest, transfer: Transferable[] = []) => worker.postMessage(request, transfer);
	// The stage's typeface (tokens.css's --font-sans), from the file the page preloads (BaseLayout.astro), so it comes from the cache.
	post({ type: 'font', family: 'Public Sans Variable', url: sansLatin });
	let ready = false;
	let failed = false;
	// A canvas hands its drawing to a worker once; a new one (the view was drawn anew) is handed over in turn.
	let handedOver: HTMLCanvasElement | undefined;
	let lastSource: SketchSource | undefined;
	const whenReady = new Promise<void>((settle) => {
		worker.onmessage = ({ data }: MessageEvent<SketchReply>) => {
			ready = data.drawable;
			settle();
		};
		worker.onerror = () => {
			failed = true;
			settle();
		};
		setTimeout(settle, READY_WAIT_MS);
	});
	return {
		whenReady,
		ready: () => ready && !failed,
		readTheme,
		start(canvas, { source, laidOut, options }) {
			const offscreen = canvas === handedOver ? undefined : canvas.transferControlToOffscreen();
			handedOver = canvas;
			// The events are sent again only when they have changed (a filter), not every gesture.
			const same = lastSource && lastSource.events === source.events && lastSource.phases === source.phases && lastSource.domain === source.domain;
			lastSource = source;
			post({ type: 'start', canvas: offscreen, source: same ? undefined : source, laidOut, options }, offscreen ? [offscreen] : []);
		},
		frame: (transform, settled) => post({ type: 'frame', transform, settled }),
		end: () => post({ type: 'end' }),
	};
}

/** Reads the theme from the stage's computed style, with a colour for each of `kinds` and each phase of `phaseOrders`. */
function readTheme(stage: HTMLElement, kinds: readonly EventKind[], phaseOrders: readonly number[]): SketchTheme {
	const style = getComputedStyle(stage);
	const token = (name: string) => style.getPropertyValue(name).trim();
	const theme: Omit<SketchTheme, 'key'> = {
		paper: token('--color-paper'),
		surface: token('--color-surface'),
		ink: token('--color-ink'),
		muted: token('--color-ink-muted'),
		rule: token('--color-rule'),
		accent: token('--color-accent'),
		kinds: Object.fromEntries(kinds.map((kind) => [kind, token(`--kind-${kind}`)])) as Record<EventKind, string>,
		phases: Object.fromEntries(phaseOrders.map((order) => [order, token(`--phase-${order}`)])),
		family: style.fontFamily,
		size: parseFloat(style.fontSize),
	};
	return { ...theme, key: JSON.stringify(theme) };
}
