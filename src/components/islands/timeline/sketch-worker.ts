/**
 * The sketch's worker: draws the wide stage on an OffscreenCanvas while a gesture is under way
 * (./sketch.ts), so that neither drawing, nor rasterising it, nor remaking its layout as the
 * zoom squeezes or spreads it takes the main thread's time, which is left to the reader's input.
 * The page's side is ./sketch-client.ts; the messages between them are below.
 */
import type { StageDimensions } from '../../../lib/timeline/dimensions';
import { layoutHorizontal, type HorizontalLayout } from '../../../lib/timeline/layout';
import { stagePlacer } from '../../../lib/timeline/stage-placement';
import type { TimelineEvent, TimelinePhase, ZoomTransform } from '../../../lib/timeline/types';
import { SKETCH_STRETCH, stretchedPast } from '../../../lib/timeline/zoom';
import { clearSketch, drawSketch, type SketchOptions } from './sketch';

/** What the layout is made from: the events shown, the phases and the time domain (as Timeline.tsx lays out the marks). */
export interface SketchSource {
	events: readonly TimelineEvent[];
	phases: readonly TimelinePhase[];
	domain: readonly [number, number];
}

/** From the page: its typeface; a gesture starts (the source only when it has changed, the canvas only when new); a frame's transform; the gesture ends. */
export type SketchRequest =
	| { type: 'font'; family: string; url: string }
	| { type: 'start'; canvas?: OffscreenCanvas; source?: SketchSource; laidOut: ZoomTransform; options: SketchOptions }
	| { type: 'frame'; transform: ZoomTransform; settled: boolean }
	| { type: 'end' };

/** To the page, once its font has loaded (or failed to): whether it can draw (a browser may lack a worker's 2D canvas). */
export type SketchReply = { type: 'ready'; drawable: boolean };

/** The parts of a dedicated worker's global scope used here (the project's types are the page's). */
interface WorkerScope {
	onmessage: ((message: MessageEvent<SketchRequest>) => void) | null;
	postMessage: (reply: SketchReply) => void;
	requestAnimationFrame?: (draw: () => void) => number;
	fonts?: { add: (face: FontFace) => void };
}
const scope = self as unknown as WorkerScope;
const nextFrame = (draw: () => void) => (scope.requestAnimationFrame ? scope.requestAnimationFrame(draw) : setTimeout(draw, 16));

let canvas: OffscreenCanvas | undefined;
let source: SketchSource | undefined;
let gesture: { options: SketchOptions; drawn: { layout: HorizontalLayout; laidOut: ZoomTransform } } | undefined;
let pending: { transform: ZoomTransform; settled: boolean } | undefined;
let scheduled = false;

const layoutAt = (transform: ZoomTransform, width: number, dims: StageDimensions) =>
	layoutHorizontal(source!.events, source!.phases, { domain: source!.domain, width, transform, dims });

/** Draws the latest frame asked for; its layout is remade where it settles or has stretched too far. */
function draw() {
	scheduled = false;
	if (!gesture || !pending || !canvas) return;
	const { transform, settled } = pending;
	pending = undefined;
	const { options } = gesture;
	// A settled view is sketched as its marks will be laid out; clusters open and close as the sketch zooms.
	if (settled || stretchedPast(gesture.drawn.laidOut, transform, ...SKETCH_STRETCH)) gesture.drawn = { layout: layoutAt(transform, options.width, options.dims), laidOut: transform };
	const { layout, laidOut } = gesture.drawn;
	drawSketch(canvas, layout, stagePlacer(laidOut, transform, options.width, layout.bandRows, options.dims), options);
}

scope.onmessage = ({ data }) => {
	if (data.type === 'font') {
		const ready = () => scope.postMessage({ type: 'ready', drawable: new OffscreenCanvas(1, 1).getContext('2d') !== null });
		// A worker has no fonts of its own. If this one cannot load, cards are drawn in the next family.
		if (!scope.fonts || typeof FontFace === 'undefined') return ready();
		const face = new FontFace(data.family, `url(${data.url})`, { weight: '100 900' });
		scope.fonts.add(face);
		face.load().then(ready, ready);
	} else if (data.type === 'start') {
		canvas = data.canvas ?? canvas;
		source = data.source ?? source;
		// It starts from the layout the marks show: made from the same source at the same transform.
		gesture = { options: data.options, drawn: { layout: layoutAt(data.laidOut, data.options.width, data.options.dims), laidOut: data.laidOut } };
	} else if (data.type === 'frame') {
		pending = data;
		if (!scheduled) nextFrame(draw);
		scheduled = true;
	} else {
		// Blank for the next gesture, whose first frame may show before this worker draws it.
		gesture = undefined;
		pending = undefined;
		if (canvas) clearSketch(canvas);
	}
};

