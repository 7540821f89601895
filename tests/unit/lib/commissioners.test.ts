import { describe, expect, test } from 'vitest';
import { commissionersDuring } from '../../../src/lib/commissioners';
import type { Commissioner } from '../../../src/schemas';

const body = (id: string, start: string, end?: string): Commissioner => ({
	id,
	start: { date: start, source: { source: 's' } },
	...(end ? { end: { date: end, source: { source: 's' } } } : {}),
});
// The real handovers: PCTs to 31 March 2013, CCGs 1 April 2013 to 30 June 2022, ICBs since.
const BODIES = [body('icbs', '2022-07-01'), body('pcts', '2000-04-01', '2013-03-31'), body('ccgs', '2013-04-01', '2022-06-30')];
const ids = (from: string, to?: string) => commissionersDuring(BODIES, from, to).map((b) => b.id);

describe('commissionersDuring', () => {
	test('names the one body that bought care on a day', () => {
		expect(ids('2010-07-12')).toEqual(['pcts']);
		expect(ids('2013-03-31')).toEqual(['pcts']);
		expect(ids('2013-04-01')).toEqual(['ccgs']);
		expect(ids('2022-06-30')).toEqual(['ccgs']);
		expect(ids('2024-01-01')).toEqual(['icbs']);
	});

	test('names both bodies, earliest first, when a month, year or span crosses a handover', () => {
		expect(ids('2013')).toEqual(['pcts', 'ccgs']);
		expect(ids('2022-07')).toEqual(['icbs']);
		expect(ids('2010-07', '2013-03-06')).toEqual(['pcts']);
		expect(ids('2010-07', '2013-04')).toEqual(['pcts', 'ccgs']);
		expect(ids('2006', '2022')).toEqual(['pcts', 'ccgs', 'icbs']);
	});

	test('names no one before the first body began', () => {
		expect(ids('1999')).toEqual([]);
	});
});
