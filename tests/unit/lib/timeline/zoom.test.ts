import { describe, expect, test } from 'vitest';
import { DRAWING_STEPS, VIEWS_DRAWN_AROUND, clampTransform, mapPosition, needsRelayout, panIntoView, stretchedPast, widerDrawing, zoomAround, zoomLimits, zoomToRange } from '../../../../src/lib/timeline/zoom';

const limits = { minK: 1, maxK: 10 };

describe('zoomLimits', () => {
	test('lets the reader zoom in until 45 days fill the view', () => {
		expect(zoomLimits([0, 450 * 86_400_000])).toEqual({ minK: 1, maxK: 10 });
	});
	test('never allows zooming out beyond the whole story', () => {
		expect(zoomLimits([0, 86_400_000])).toEqual({ minK: 1, maxK: 1 });
	});
});

describe('clampTransform', () => {
	test('keeps the content covering the view', () => {
		expect(clampTransform({ k: 2, t: 50 }, 100, limits)).toEqual({ k: 2, t: 0 });
		expect(clampTransform({ k: 2, t: -500 }, 100, limits)).toEqual({ k: 2, t: -100 });
	});
	test('keeps k within the limits', () => {
		expect(clampTransform({ k: 0.5, t: 0 }, 100, limits)).toEqual({ k: 1, t: 0 });
		expect(clampTransform({ k: 50, t: 0 }, 100, limits).k).toBe(10);
	});
});

describe('zoomAround', () => {
	test('keeps the point under the centre still', () => {
		const next = zoomAround({ k: 1, t: 0 }, 2, 50, 100, limits);
		expect(next).toEqual({ k: 2, t: -50 });
		// Base position 50 was at 50 and is still at 50.
		expect(next.k * 50 + next.t).toBe(50);
	});
	test('zooming out past the whole story resets to it', () => {
		expect(zoomAround({ k: 2, t: -50 }, 0.25, 50, 100, limits)).toEqual({ k: 1, t: 0 });
	});
});

describe('zoomToRange', () => {
	test('fits a base range across the view with padding', () => {
		const next = zoomToRange(40, 60, 100, limits, 0);
		expect(next).toEqual({ k: 5, t: -200 });
		expect(next.k * 40 + next.t).toBe(0);
		expect(next.k * 60 + next.t).toBe(100);
	});
	test('stops at the deepest zoom for a single instant', () => {
		expect(zoomToRange(50, 50, 100, limits).k).toBe(10);
	});
});

describe('panIntoView', () => {
	test('leaves a visible span alone', () => {
		expect(panIntoView({ k: 2, t: -50 }, 20, 30, 100, limits)).toEqual({ k: 2, t: -50 });
	});
	test('pans the least distance to bring a span in from either side', () => {
		expect(panIntoView({ k: 2, t: -50 }, -10, 30, 100, limits, 10)).toEqual({ k: 2, t: -30 });
		expect(panIntoView({ k: 2, t: -50 }, 80, 30, 100, limits, 10)).toEqual({ k: 2, t: -70 });
	});
});

describe('mapPosition', () => {
	test('leaves positions alone when nothing has changed', () => {
		expect(mapPosition(123, { k: 2, t: -50 }, { k: 2, t: -50 })).toBe(123);
	});
	test('follows a pan by the same number of pixels', () => {
		expect(mapPosition(123, { k: 2, t: -50 }, { k: 2, t: -80 })).toBe(93);
	});
	test('agrees with laying out afresh at the new transform', () => {
		const base = 70;
		const settled = { k: 2, t: -40 };
		const current = { k: 5, t: -210 };
		expect(mapPosition(settled.k * base + settled.t, settled, current)).toBeCloseTo(current.k * base + current.t, 9);
	});
	test('keeps the point under the cursor still while zooming around it', () => {
		const settled = { k: 1.5, t: -30 };
		const current = zoomAround(settled, 1.8, 400, 1000, limits);
		expect(mapPosition(400, settled, current)).toBeCloseTo(400, 9);
		expect(mapPosition(600, settled, current)).toBeCloseTo(400 + 200 * 1.8, 9);
	});
});

describe('needsRelayout', () => {
	const laidOut = { k: 4, t: -300 };
	const width = 1000;
	/** The transform after zooming by `factor` around `center` (view pixels), unclamped. */
	const zoomed = (factor: number, center: number, from = laidOut) => ({ k: from.k * factor, t: center - (center - from.t) * factor });
	test('keeps the layout through a pan within what was drawn, and through a small zoom out', () => {
		expect(needsRelayout(laidOut, { k: 4, t: -1900 }, width)).toBe(false);
		expect(needsRelayout(laidOut, { k: 4, t: 1400 }, width)).toBe(false);
		expect(needsRelayout(laidOut, zoomed(0.5, 500), width)).toBe(false);
	});
	test('lays out again once a pan nears the edge of what was drawn', () => {
		expect(needsRelayout(laidOut, { k: 4, t: -2100 }, width)).toBe(true);
		expect(needsRelayout(laidOut, { k: 4, t: 1600 }, width)).toBe(true);
	});
	test('lays out again once zooming out shrinks what was drawn to under a quarter of a view beyond the edges', () => {
		// Five views drawn, zoomed out around the middle to 0.35 of their width: 1.75 views, over 1.5.
		expect(needsRelayout(laidOut, zoomed(0.35, 500), width)).toBe(false);
		expect(needsRelayout(laidOut, zoomed(0.29, 500), width)).toBe(true);
		// Zoomed out around the left edge, the right edge runs out first: three views drawn to its right, at 0.4 of their width, reach 1.2 views.
		expect(needsRelayout(laidOut, zoomed(0.4, 0), width)).toBe(true);
	});
	test('lays out again before zooming out could crowd the cards, wherever it is centred', () => {
		for (const center of [0, 250, 500, 750, 1000]) expect(needsRelayout(laidOut, zoomed(0.29, center), width)).toBe(true);
	});
	test('keeps the layout however far a gesture zooms in: it only spreads what was drawn', () => {
		for (const center of [0, 500, 1000]) expect(needsRelayout(laidOut, zoomed(40, center), width)).toBe(false);
	});
});

describe('stretchedPast', () => {
	test('tells when a zoom has squeezed or spread a layout past its bounds', () => {
		const laidOut = { k: 2, t: -100 };
		expect(stretchedPast(laidOut, { k: 7, t: 0 }, 1 / 3, 3)).toBe(true);
		expect(stretchedPast(laidOut, { k: 5.9, t: -900 }, 1 / 3, 3)).toBe(false);
		expect(stretchedPast(laidOut, { k: 0.6, t: 0 }, 1 / 3, 3)).toBe(true);
		expect(stretchedPast(laidOut, { k: 0.7, t: 0 }, 1 / 3, 3)).toBe(false);
	});
});

describe('widerDrawing', () => {
	test('draws outwards step by step from the view to every view drawn around it, then stops', () => {
		const steps: number[] = [DRAWING_STEPS[0]];
		for (let next = widerDrawing(steps[0]!); next !== undefined; next = widerDrawing(next)) steps.push(next);
		expect(steps).toEqual([0.25, 1, VIEWS_DRAWN_AROUND]);
		expect(widerDrawing(VIEWS_DRAWN_AROUND)).toBeUndefined();
	});
	test('never narrows: from between two steps it goes to the next one out', () => {
		expect(widerDrawing(0.5)).toBe(1);
		expect(widerDrawing(0)).toBe(0.25);
	});
});
