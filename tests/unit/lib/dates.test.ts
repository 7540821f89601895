import { describe, expect, test } from 'vitest';
import {
	comparePartialDates,
	datePrecision,
	formatPartialDate,
	isRealPartialDate,
	parsePartialDate,
	utc,
} from '../../../src/lib/dates';

describe('datePrecision', () => {
	test('reads the precision from the form of the date', () => {
		expect(datePrecision('2006')).toBe('year');
		expect(datePrecision('2006-07')).toBe('month');
		expect(datePrecision('2006-07-06')).toBe('day');
	});
	test('rejects other forms', () => {
		expect(datePrecision('06/07/2006')).toBeUndefined();
		expect(datePrecision('2006-7')).toBeUndefined();
	});
});

describe('parsePartialDate', () => {
	test('a month covers the whole month', () => {
		expect(parsePartialDate('2006-12')).toEqual({ start: utc(2006, 12, 1), end: utc(2007, 1, 1), precision: 'month' });
	});
	test('a year covers the whole year', () => {
		expect(parsePartialDate('2012')).toEqual({ start: utc(2012, 1, 1), end: utc(2013, 1, 1), precision: 'year' });
	});
	test('rejects days that do not exist', () => {
		expect(isRealPartialDate('2006-02-30')).toBe(false);
		expect(isRealPartialDate('2006-13')).toBe(false);
		expect(isRealPartialDate('2012-02-29')).toBe(true);
		expect(isRealPartialDate('2013-02-29')).toBe(false);
	});
});

describe('formatPartialDate', () => {
	test('writes dates only as precisely as they are known', () => {
		expect(formatPartialDate('2006-07-06')).toBe('6 July 2006');
		expect(formatPartialDate('2006-07')).toBe('July 2006');
		expect(formatPartialDate('2006')).toBe('2006');
		expect(formatPartialDate('2022-07-01', 'short')).toBe('1 Jul 2022');
	});
	test('throws on a malformed date', () => {
		expect(() => formatPartialDate('July 2006')).toThrow('not a real date: "July 2006"');
	});
});

describe('comparePartialDates', () => {
	test('sorts by start, the more precise date first on a tie', () => {
		expect(['2007', '2006-07', '2006', '2006-07-01', '2006-07-06'].sort(comparePartialDates)).toEqual([
			'2006',
			'2006-07-01',
			'2006-07',
			'2006-07-06',
			'2007',
		]);
	});
});
