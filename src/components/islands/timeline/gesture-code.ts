/**
 * Code that only zoom and pan gestures need: d3-zoom's binding (./zoom-behaviour) and the
 * sketch drawn while a gesture is under way (./sketch). Both load on the reader's first sign
 * of a gesture (use-zoom.ts), so a reader who never zooms never downloads them.
 */
let behaviour: Promise<typeof import('./zoom-behaviour')> | undefined;
let sketch: typeof import('./sketch') | undefined;

/** Loads the gesture code (once); resolves to the zoom binding. */
export function loadGestureCode(): Promise<typeof import('./zoom-behaviour')> {
	behaviour ??= Promise.all([import('./zoom-behaviour'), import('./sketch')]).then(([binding, drawing]) => {
		sketch = drawing;
		return binding;
	});
	return behaviour;
}

/** Whether the gesture code has started loading before (a rebinding after a resize need not wait for a sign). */
export const gestureCodeRequested = () => behaviour !== undefined;

/** The sketch module once it has loaded, else undefined. */
export const loadedSketch = () => sketch;
