import { describe, expect, test } from 'vitest';
import { layoutOverview, type OverviewPhaseInput } from '../../../src/lib/overview';

const phase = (id: string, order: number, start: string, end: string): OverviewPhaseInput => ({
	id,
	order,
	span: { start, end },
});

/** The bodies' real dates, as in content/commissioners.yaml. */
const BODIES = [
	{ id: 'pcts', start: '2000-04-01', end: '2013-03-31' },
	{ id: 'ccgs', start: '2013-04-01', end: '2022-06-30' },
	{ id: 'icbs', start: '2022-07-01' },
];

describe('layoutOverview', () => {
	test('spans whole years from the first phase start to the last phase end', () => {
		const layout = layoutOverview([phase('a', 1, '2006-06', '2006-07'), phase('b', 2, '2009', '2010-03-01')], [], [])!;
		expect(layout.firstYear).toBe(2006);
		expect(layout.lastYear).toBe(2010);
		expect(layout.years.map((y) => y.year)).toEqual([2006, 2007, 2008, 2009, 2010]);
		expect(layout.years[0]!.left).toBe(0);
	});

	test('a phase of one whole year in a one-year story fills the width', () => {
		const layout = layoutOverview([phase('a', 1, '2006', '2006')], [], [])!;
		expect(layout.phases).toEqual([{ id: 'a', lane: 0, left: 0, width: 100 }]);
		expect(layout.lanes).toBe(1);
	});

	test('puts overlapping phases in separate lanes and reuses a lane once it is free', () => {
		const layout = layoutOverview(
			[phase('a', 1, '2010', '2011'), phase('b', 2, '2011', '2012'), phase('c', 3, '2013', '2013')],
			[],
			[],
		)!;
		expect(layout.phases.map((p) => [p.id, p.lane])).toEqual([
			['a', 0],
			['b', 1],
			['c', 0],
		]);
		expect(layout.lanes).toBe(2);
	});

	test('draws each commissioning body from its own dates, not from the phases', () => {
		// Phases that say nothing of 2013 or 2022: the bodies still change on their own dates.
		const layout = layoutOverview([phase('a', 1, '2006', '2007'), phase('b', 2, '2021', '2022')], [], BODIES)!;
		const [pcts, ccgs, icbs] = layout.commissioners;
		const x = (y: number, m: number, d: number) => Math.round(((Date.UTC(y, m - 1, d) - Date.UTC(2006, 0, 1)) / (Date.UTC(2023, 0, 1) - Date.UTC(2006, 0, 1))) * 10000) / 100;
		expect(pcts).toEqual({ id: 'pcts', left: 0, width: x(2013, 4, 1), startsBefore: true, labelOutside: false });
		expect(ccgs!.left).toBe(x(2013, 4, 1));
		expect(Math.round((ccgs!.left + ccgs!.width) * 100) / 100).toBe(x(2022, 7, 1));
		expect(icbs).toEqual({ id: 'icbs', left: x(2022, 7, 1), width: Math.round((100 - x(2022, 7, 1)) * 100) / 100, startsBefore: false, labelOutside: true });
	});

	test('leaves the bodies in date order, and leaves out a body wholly outside the story', () => {
		const reversed = [...BODIES].reverse();
		const layout = layoutOverview([phase('a', 1, '2014', '2016')], [], [...reversed, { id: 'old', start: '1990', end: '1999' }])!;
		expect(layout.commissioners.map((c) => c.id)).toEqual(['ccgs']);
		expect(layout.commissioners[0]).toMatchObject({ left: 0, width: 100, startsBefore: true, labelOutside: false });
	});

	test('places a month-precise event at the middle of its month', () => {
		const layout = layoutOverview(
			[phase('a', 1, '2006', '2006')],
			[{ id: 'e', date: '2006-07', kind: 'policy', phase: 'a' }],
			[],
		)!;
		// 1 July is day 181 of 365; the middle of July is 15.5 days later.
		expect(layout.ticks).toEqual([{ id: 'e', kind: 'policy', phase: 'a', left: 53.84 }]);
	});

	test('leaves out phases with no span yet, and returns nothing when none has one', () => {
		const undated = { id: 'x', order: 2, span: undefined };
		expect(layoutOverview([phase('a', 1, '2006', '2006'), undated], [], [])!.phases.map((p) => p.id)).toEqual(['a']);
		expect(layoutOverview([undated], [], [])).toBeUndefined();
	});
});
