import { describe, expect, test } from 'vitest';
import { derivePhaseSpan, formatYearRange } from '../../../src/lib/phases';

describe('derivePhaseSpan', () => {
	test('takes the span from the earliest and latest events', () => {
		expect(derivePhaseSpan({}, ['2016-07', '2014-03-01', '2015'])).toEqual({ start: '2014-03-01', end: '2016-07' });
	});
	test('stated bounds win over event dates', () => {
		expect(derivePhaseSpan({ start: '2014' }, ['2015-03', '2016-07'])).toEqual({ start: '2014', end: '2016-07' });
	});
	test('a phase with no bounds and no events has no span', () => {
		expect(derivePhaseSpan({}, [])).toBeUndefined();
	});
});

describe('formatYearRange', () => {
	test('names one year when the span lies within it', () => {
		expect(formatYearRange({ start: '2006-05', end: '2006-07' })).toBe('2006');
		expect(formatYearRange({ start: '2014', end: '2017-03' })).toBe('2014 to 2017');
	});
});
