import { describe, expect, test } from 'vitest';
import { packLanes } from '../../../../src/lib/timeline/lanes';

describe('packLanes', () => {
	test('puts overlapping intervals in separate lanes and reuses a lane once free', () => {
		expect(packLanes([{ start: 0, end: 10 }, { start: 5, end: 15 }, { start: 12, end: 20 }], { gap: 1 })).toEqual([0, 1, 0]);
	});
	test('respects the gap between neighbours in a lane', () => {
		expect(packLanes([{ start: 0, end: 10 }, { start: 12, end: 20 }], { gap: 4 })).toEqual([0, 1]);
		expect(packLanes([{ start: 0, end: 10 }, { start: 14, end: 20 }], { gap: 4 })).toEqual([0, 0]);
	});
	test('uses as many lanes as the deepest overlap', () => {
		const intervals = Array.from({ length: 5 }, (_, index) => ({ start: index, end: index + 100 }));
		expect(Math.max(...packLanes(intervals))).toBe(4);
	});
	test('handles no intervals', () => {
		expect(packLanes([])).toEqual([]);
	});
});
