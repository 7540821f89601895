import { describe, expect, test } from 'vitest';
import { formatTick, timeTicks } from '../../../../src/lib/timeline/ticks';
import { createTimeScale } from '../../../../src/lib/timeline/scale';

const at = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

describe('formatTick', () => {
	test('labels by zoom level', () => {
		expect(formatTick(at(2006, 7), 'year')).toBe('2006');
		expect(formatTick(at(2006, 7), 'month')).toBe('Jul');
		expect(formatTick(at(2007, 1), 'month')).toBe('2007');
		expect(formatTick(at(2006, 7, 6), 'day')).toBe('6 Jul');
	});
});

describe('timeTicks', () => {
	test('shows years when the whole story is in view', () => {
		const scale = createTimeScale([at(2006), at(2023)], 1280);
		const ticks = timeTicks(at(2006), at(2023), scale, 64);
		expect(ticks.map((tick) => tick.label)).toEqual(Array.from({ length: 18 }, (_, index) => String(2006 + index)));
		expect(ticks.every((tick) => tick.major)).toBe(true);
	});
	test('thins years out on a narrow view', () => {
		const scale = createTimeScale([at(2006), at(2023)], 320);
		const labels = timeTicks(at(2006), at(2023), scale, 64).map((tick) => tick.label);
		expect(labels).toEqual(['2010', '2015', '2020']);
	});
	test('shows months when one year fills the view', () => {
		const scale = createTimeScale([at(2012), at(2013)], 1200);
		const labels = timeTicks(at(2012), at(2013), scale, 64).map((tick) => tick.label);
		expect(labels).toEqual(['2012', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', '2013']);
	});
	test('shows days when weeks fill the view, with rounded positions', () => {
		const scale = createTimeScale([at(2012, 3, 1), at(2012, 3, 8)], 700);
		const ticks = timeTicks(at(2012, 3, 1), at(2012, 3, 8), scale, 64);
		expect(ticks.map((tick) => [tick.label, Math.round(tick.position)])).toEqual([
			['1 Mar', 0], ['2 Mar', 100], ['3 Mar', 200], ['4 Mar', 300], ['5 Mar', 400], ['6 Mar', 500], ['7 Mar', 600], ['8 Mar', 700],
		]);
	});
	test('returns nothing for an empty span', () => {
		expect(timeTicks(at(2012), at(2012), () => 0, 64)).toEqual([]);
	});
});
