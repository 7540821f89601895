import { describe, expect, test } from 'vitest';
import { layoutOverview, type OverviewPhaseInput } from '../../../src/lib/overview';

const phase = (id: string, order: number, start: string, end: string, commissioner = 'pcts'): OverviewPhaseInput => ({
	id,
	order,
	span: { start, end },
	commissioner,
});

describe('layoutOverview', () => {
	test('spans whole years from the first phase start to the last phase end', () => {
		const layout = layoutOverview([phase('a', 1, '2006-06', '2006-07'), phase('b', 2, '2009', '2010-03-01')], [])!;
		expect(layout.firstYear).toBe(2006);
		expect(layout.lastYear).toBe(2010);
		expect(layout.years.map((y) => y.year)).toEqual([2006, 2007, 2008, 2009, 2010]);
		expect(layout.years[0]!.left).toBe(0);
	});

	test('a phase of one whole year in a one-year story fills the width', () => {
		const layout = layoutOverview([phase('a', 1, '2006', '2006')], [])!;
		expect(layout.phases).toEqual([{ id: 'a', lane: 0, left: 0, width: 100 }]);
		expect(layout.lanes).toBe(1);
	});

	test('puts overlapping phases in separate lanes and reuses a lane once it is free', () => {
		const layout = layoutOverview(
			[phase('a', 1, '2010', '2011'), phase('b', 2, '2011', '2012'), phase('c', 3, '2013', '2013')],
			[],
		)!;
		expect(layout.phases.map((p) => [p.id, p.lane])).toEqual([
			['a', 0],
			['b', 1],
			['c', 0],
		]);
		expect(layout.lanes).toBe(2);
	});

	test('merges consecutive phases with the same commissioner into one period', () => {
		const layout = layoutOverview(
			[phase('a', 1, '2010', '2010', 'pcts'), phase('b', 2, '2011', '2011', 'ccgs'), phase('c', 3, '2012', '2012', 'ccgs')],
			[],
		)!;
		expect(layout.commissioners.map((c) => c.id)).toEqual(['pcts', 'ccgs']);
		// 2012 is a leap year, so the last two years are a little more than two thirds.
		expect(layout.commissioners[1]).toEqual({ id: 'ccgs', left: 33.3, width: 66.7 });
	});

	test('places a month-precise event at the middle of its month', () => {
		const layout = layoutOverview(
			[phase('a', 1, '2006', '2006')],
			[{ id: 'e', date: '2006-07', kind: 'policy', phase: 'a' }],
		)!;
		// 1 July is day 181 of 365; the middle of July is 15.5 days later.
		expect(layout.ticks).toEqual([{ id: 'e', kind: 'policy', phase: 'a', left: 53.84 }]);
	});

	test('leaves out phases with no span yet, and returns nothing when none has one', () => {
		const undated = { id: 'x', order: 2, span: undefined, commissioner: 'pcts' };
		expect(layoutOverview([phase('a', 1, '2006', '2006'), undated], [])!.phases.map((p) => p.id)).toEqual(['a']);
		expect(layoutOverview([undated], [])).toBeUndefined();
	});
});
