import { describe, expect, test } from 'vitest';
import { clampTransform, panIntoView, zoomAround, zoomLimits, zoomToRange } from '../../../../src/lib/timeline/zoom';

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
