/**
 * Code that only zoom and pan gestures need: d3-zoom's binding (./zoom-behaviour) and the
 * page's side of the sketch drawn while a gesture is under way (./sketch-client), which starts
 * the worker that draws it. Both load on the reader's first sign of a gesture (use-zoom.ts), so
 * a reader who never zooms never downloads them.
 */
import type { Sketcher } from './sketch-client';

let behaviour: Promise<typeof import('./zoom-behaviour')> | undefined;
let sketcher: Sketcher | undefined;

/**
 * Loads the gesture code (once) and starts the sketch's worker; resolves to the zoom binding
 * once the worker is ready too, so that a first gesture is sketched from its first frame.
 */
export function loadGestureCode(): Promise<typeof import('./zoom-behaviour')> {
	behaviour ??= Promise.all([import('./zoom-behaviour'), startSketcher()]).then(([binding]) => binding);
	return behaviour;
}

async function startSketcher() {
	const { createSketcher } = await import('./sketch-client');
	sketcher = createSketcher();
	await sketcher?.whenReady;
}

/** Whether the gesture code has started loading before (a rebinding after a resize need not wait for a sign). */
export const gestureCodeRequested = () => behaviour !== undefined;

/** The sketch's client once the gesture code has loaded, if this browser can draw it off the main thread. */
export const loadedSketcher = () => sketcher;
