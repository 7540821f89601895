import { describe, expect, test } from 'vitest';
import { formatFigure } from '../../../../src/lib/format/figures';

const gbp = (value: number, upTo?: number) => ({ value, upTo, unit: 'GBP' as const });

describe('formatFigure', () => {
	test('gives one number in two forms: short for cards, long for prose', () => {
		expect(formatFigure(gbp(1.22e9))).toBe('£1.22bn');
		expect(formatFigure(gbp(1.22e9), 'long')).toBe('£1.22 billion');
	});
	test('keeps two decimals under ten of a unit, one above, and drops trailing zeros', () => {
		expect(formatFigure(gbp(64e9))).toBe('£64bn');
		expect(formatFigure(gbp(1.25e6), 'long')).toBe('£1.25 million');
		expect(formatFigure(gbp(687e6))).toBe('£687m');
		expect(formatFigure(gbp(12.34e9))).toBe('£12.3bn');
		expect(formatFigure(gbp(1.2e9))).toBe('£1.2bn');
	});
	test('writes sums under a million in full, with thousands separated', () => {
		expect(formatFigure(gbp(250000))).toBe('£250,000');
	});
	test('writes a range with both ends, and a range of one value as that value', () => {
		expect(formatFigure(gbp(3e9, 5e9), 'long')).toBe('£3 billion to £5 billion');
		expect(formatFigure(gbp(5e9, 5e9))).toBe('£5bn');
	});
	test('formats percentages, years and counts', () => {
		expect(formatFigure({ value: 30, upTo: 40, unit: 'percent' })).toBe('30% to 40%');
		expect(formatFigure({ value: 30, unit: 'percent' }, 'long')).toBe('30 per cent');
		expect(formatFigure({ value: 1, unit: 'years' })).toBe('1 year');
		expect(formatFigure({ value: 10, unit: 'years' })).toBe('10 years');
		expect(formatFigure({ value: 64000, unit: 'count' })).toBe('64,000');
	});
});
