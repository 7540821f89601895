import { describe, expect, test } from 'vitest';
import { layoutVertical, type VerticalOptions } from '../../../../src/lib/timeline/vertical';
import { timeDomain } from '../../../../src/lib/timeline/scale';
import { makeEvent, makePhase, syntheticEvents } from './builders';

const phases = [makePhase('p1', '2006', '2007'), makePhase('p3', '2014', '2016'), makePhase('p4', '2014', '2017')];
const options = (events: { start: number; end: number }[], k = 1): VerticalOptions => ({
	domain: timeDomain([...events, ...phases]),
	k,
	pxPerYear: 160,
	cardHeight: 64,
	headingHeight: 48,
	gap: 8,
});

/** True when every row starts at least `gap` below the previous row's bottom. */
function rowsDoNotOverlap(rows: { y: number; height: number }[], gap: number): boolean {
	return rows.every((row, index) => index === 0 || row.y >= rows[index - 1]!.y + rows[index - 1]!.height + gap - 1e-6);
}

describe('layoutVertical', () => {
	test('opens each phase with a heading row before its first event', () => {
		const events = [makeEvent('a', '2006-06'), makeEvent('b', '2014')];
		const { rows } = layoutVertical(events, phases, options(events));
		expect(rows.map((row) => row.key)).toEqual(['phase-p1', 'a', 'phase-p3', 'phase-p4', 'b']);
	});

	test('pushes same-day events and nearby rows down instead of overlapping them', () => {
		const events = [makeEvent('a', '2012-03-27'), makeEvent('b', '2012-03-27'), makeEvent('c', '2012-04-01')];
		const layout = layoutVertical(events, phases, options(events, 40));
		expect(rowsDoNotOverlap(layout.rows, 8)).toBe(true);
	});

	test('shows events a few months apart as separate rows, clustering only near-identical dates', () => {
		const events = [makeEvent('a', '2012-01-10'), makeEvent('b', '2012-05-01'), makeEvent('c', '2012-05-08')];
		const keys = layoutVertical(events, [], options(events)).marks.map((mark) => mark.key);
		expect(keys).toEqual(['a', 'cluster-b']);
		expect(layoutVertical(events, [], options(events, 8)).marks.map((mark) => mark.key)).toEqual(['a', 'b', 'c']);
	});

	test('keeps the gap proportional to time where there is room', () => {
		const events = [makeEvent('a', '2008'), makeEvent('b', '2012')];
		const rows = layoutVertical(events, [], options(events)).rows;
		expect(Math.round(rows[1]!.y - rows[0]!.y)).toBe(640);
	});

	test('an empty result still draws the bands and year labels', () => {
		const layout = layoutVertical([], phases, options([]));
		expect(layout.marks).toEqual([]);
		expect(layout.bandColumns).toBe(2);
		expect(layout.ticks.length).toBeGreaterThan(5);
	});

	test('year labels never crowd each other, even where rows are pushed down', () => {
		const events = syntheticEvents(1000);
		const { ticks } = layoutVertical(events, phases, options(events));
		expect(ticks.every((tick, index) => index === 0 || tick.position - ticks[index - 1]!.position >= 32)).toBe(true);
	});

	test.each([1, 50, 1000])('places %i events without overlapping rows and keeps every event', (count) => {
		const events = syntheticEvents(count);
		const layout = layoutVertical(events, phases, options(events));
		expect(rowsDoNotOverlap(layout.rows, 8)).toBe(true);
		expect(layout.marks.reduce((sum, mark) => sum + mark.events.length, 0)).toBe(count);
		expect(layout.height).toBeGreaterThanOrEqual(layout.rows.at(-1)!.y + layout.rows.at(-1)!.height);
	});
});
