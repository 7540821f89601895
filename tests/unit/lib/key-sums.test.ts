import { describe, expect, test } from 'vitest';
import { pickKeySums, type AmountLike } from '../../../src/lib/key-sums';

const gbp = (value: number, upTo?: number): AmountLike => ({ value, upTo, unit: 'GBP' });

describe('pickKeySums', () => {
	test('takes the largest sum in pounds in each phase, in phase order', () => {
		const sums = pickKeySums(
			['one', 'two'],
			[
				{ id: 'b', phase: { id: 'two' }, amounts: [gbp(5e6)] },
				{ id: 'a', phase: { id: 'one' }, amounts: [gbp(1e9), gbp(3e9)] },
				{ id: 'c', phase: { id: 'one' }, amounts: [gbp(2e9)] },
			],
		);
		expect(sums.map((s) => [s.phase, s.event.id, s.amount.value])).toEqual([
			['one', 'a', 3e9],
			['two', 'b', 5e6],
		]);
	});

	test('compares ranges by their upper end', () => {
		const sums = pickKeySums(['p'], [{ id: 'e', phase: { id: 'p' }, amounts: [gbp(2e9), gbp(1e9, 4e9)] }]);
		expect(sums[0]!.amount).toEqual(gbp(1e9, 4e9));
	});

	test('ignores percentages, counts and years, and skips phases with no sum', () => {
		const sums = pickKeySums(
			['p', 'q'],
			[{ id: 'e', phase: { id: 'p' }, amounts: [{ value: 1e12, unit: 'percent' }] }],
		);
		expect(sums).toEqual([]);
	});

	test('keeps the earlier event on a tie', () => {
		const sums = pickKeySums(['p'], [
			{ id: 'first', phase: { id: 'p' }, amounts: [gbp(7e8)] },
			{ id: 'second', phase: { id: 'p' }, amounts: [gbp(7e8)] },
		]);
		expect(sums[0]!.event.id).toBe('first');
	});
});
