import { describe, expect, test } from 'vitest';
import { nextFocusIndex } from '../../../../src/lib/timeline/focus-order';

describe('nextFocusIndex', () => {
	test('arrow keys move one mark in time order, either axis', () => {
		expect(nextFocusIndex(2, 10, 'ArrowRight')).toBe(3);
		expect(nextFocusIndex(2, 10, 'ArrowDown')).toBe(3);
		expect(nextFocusIndex(2, 10, 'ArrowLeft')).toBe(1);
		expect(nextFocusIndex(2, 10, 'ArrowUp')).toBe(1);
	});
	test('Home and End jump to the first and last marks', () => {
		expect(nextFocusIndex(4, 10, 'Home')).toBe(0);
		expect(nextFocusIndex(4, 10, 'End')).toBe(9);
	});
	test('stops at the ends instead of wrapping', () => {
		expect(nextFocusIndex(9, 10, 'ArrowRight')).toBe(9);
		expect(nextFocusIndex(0, 10, 'ArrowLeft')).toBe(0);
		expect(nextFocusIndex(8, 10, 'PageDown')).toBe(9);
	});
	test('ignores other keys and empty timelines', () => {
		expect(nextFocusIndex(2, 10, 'a')).toBeUndefined();
		expect(nextFocusIndex(0, 0, 'ArrowRight')).toBeUndefined();
	});
	test('starts from the first mark when nothing had focus', () => {
		expect(nextFocusIndex(-1, 10, 'ArrowRight')).toBe(0);
		expect(nextFocusIndex(-1, 10, 'End')).toBe(9);
	});
});
