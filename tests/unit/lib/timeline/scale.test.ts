import { describe, expect, test } from 'vitest';
import { EDGE_ROOM } from '../../../../src/lib/timeline/dimensions';
import { createTimeScale, rescale, timeDomain } from '../../../../src/lib/timeline/scale';
import { utc } from '../../../../src/lib/dates';
import { round } from './builders';

const DAY = 86_400_000;

describe('timeDomain', () => {
	test('pads the span of every item by at least 60 days', () => {
		const start = utc(2006, 6, 1).getTime();
		const end = utc(2006, 7, 1).getTime();
		expect(timeDomain([{ start, end }])).toEqual([start - 60 * DAY, end + 60 * DAY]);
	});
	test('pads long spans by 3%', () => {
		const start = utc(2006, 1, 1).getTime();
		const end = utc(2023, 1, 1).getTime();
		const [from, to] = timeDomain([{ start, end }]);
		expect(round((start - from) / (end - start))).toBe(0.03);
		expect(round((to - end) / (end - start))).toBe(0.03);
	});
	test('drawn at any length, the first and last dates lie at least EDGE_ROOM pixels inside the axis', () => {
		const start = utc(2006, 6, 1).getTime();
		const end = utc(2022, 7, 1).getTime();
		for (const length of [200, 250, 600, 1090]) {
			const scale = createTimeScale(timeDomain([{ start, end }], length), length);
			expect(scale(start), `${length} px`).toBeGreaterThanOrEqual(EDGE_ROOM - 1e-9);
			expect(length - scale(end), `${length} px`).toBeGreaterThanOrEqual(EDGE_ROOM - 1e-9);
		}
		// Long axes keep the 3% padding, which is already wider.
		expect(timeDomain([{ start, end }], 1090)).toEqual(timeDomain([{ start, end }]));
	});
	test('falls back to the whole story when there is nothing to show', () => {
		expect(timeDomain([]).map((value) => new Date(value).getUTCFullYear())).toEqual([2006, 2023]);
	});
});

describe('rescale', () => {
	const base = createTimeScale([0, 1000], 500);
	test('is the base scale at the identity transform', () => {
		expect(rescale(base, { k: 1, t: 0 })(250)).toBe(125);
	});
	test('applies k·x + t like d3-zoom', () => {
		const zoomed = rescale(base, { k: 2, t: -100 });
		expect(round(zoomed(250))).toBe(150);
		expect(round(zoomed.invert(150))).toBe(250);
	});
});
