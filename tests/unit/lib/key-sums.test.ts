import { describe, expect, test } from 'vitest';
import { formatPounds, pickKeySums, type AmountLike } from '../../../src/lib/key-sums';

const gbp = (value: number, upTo?: number): AmountLike => ({ value, upTo, unit: 'GBP', estimate: false });

describe('pickKeySums', () => {
	test('takes the largest sum in pounds in each phase, in phase order', () => {
		const sums = pickKeySums(
			['one', 'two'],
			[
				{ id: 'b', phase: 'two', amounts: [gbp(5e6)] },
				{ id: 'a', phase: 'one', amounts: [gbp(1e9), gbp(3e9)] },
				{ id: 'c', phase: 'one', amounts: [gbp(2e9)] },
			],
		);
		expect(sums.map((s) => [s.phase, s.event, s.amount.value])).toEqual([
			['one', 'a', 3e9],
			['two', 'b', 5e6],
		]);
	});

	test('compares ranges by their upper end', () => {
		const sums = pickKeySums(['p'], [{ id: 'e', phase: 'p', amounts: [gbp(2e9), gbp(1e9, 4e9)] }]);
		expect(sums[0]!.amount).toEqual(gbp(1e9, 4e9));
	});

	test('ignores percentages, counts and years, and skips phases with no sum', () => {
		const sums = pickKeySums(
			['p', 'q'],
			[{ id: 'e', phase: 'p', amounts: [{ value: 1e12, unit: 'percent', estimate: false }] }],
		);
		expect(sums).toEqual([]);
	});

	test('keeps the earlier event on a tie', () => {
		const sums = pickKeySums(['p'], [
			{ id: 'first', phase: 'p', amounts: [gbp(7e8)] },
			{ id: 'second', phase: 'p', amounts: [gbp(7e8)] },
		]);
		expect(sums[0]!.event).toBe('first');
	});
});

describe('formatPounds', () => {
	test('writes billions and millions in words', () => {
		expect(formatPounds(64e9)).toBe('£64 billion');
		expect(formatPounds(1.2e9)).toBe('£1.2 billion');
		expect(formatPounds(687e6)).toBe('£687 million');
		expect(formatPounds(1.25e6)).toBe('£1.25 million');
	});
	test('writes smaller sums in full with thousands separators', () => {
		expect(formatPounds(250000)).toBe('£250,000');
	});
	test('writes a range with both ends', () => {
		expect(formatPounds(5e9, 6e9)).toBe('£5 billion to £6 billion');
		expect(formatPounds(5e9, 5e9)).toBe('£5 billion');
	});
});
