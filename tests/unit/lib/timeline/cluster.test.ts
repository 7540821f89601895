import { describe, expect, test } from 'vitest';
import { clusterPoints } from '../../../../src/lib/timeline/cluster';

describe('clusterPoints', () => {
	test('groups positions closer than the gap to the start of their group', () => {
		expect(clusterPoints([0, 10, 50, 200], 40)).toEqual([[0, 1], [2], [3]]);
	});
	test('does not chain: a group ends minGap after its first position', () => {
		expect(clusterPoints([0, 30, 60, 90], 40)).toEqual([[0, 1], [2, 3]]);
	});
	test('puts positions exactly minGap apart in separate groups', () => {
		expect(clusterPoints([0, 40, 80], 40)).toEqual([[0], [1], [2]]);
	});
	test('keeps identical positions (same-day events) together', () => {
		expect(clusterPoints([5, 5, 5], 1)).toEqual([[0, 1, 2]]);
	});
	test('returns no groups for no positions', () => {
		expect(clusterPoints([], 40)).toEqual([]);
	});
});
