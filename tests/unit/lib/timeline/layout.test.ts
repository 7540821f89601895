import { describe, expect, test } from 'vitest';
import { bandLabelPosition, layoutHorizontal, type HorizontalOptions } from '../../../../src/lib/timeline/layout';
import { timeDomain } from '../../../../src/lib/timeline/scale';
import { makeEvent, makePhase, round, syntheticEvents } from './builders';

const phases = [makePhase('p1', '2006', '2007'), makePhase('p3', '2014', '2016'), makePhase('p4', '2014', '2017')];
const options = (events: { start: number; end: number }[], overrides: Partial<HorizontalOptions> = {}): HorizontalOptions => ({
	domain: timeDomain([...events, ...phases]),
	width: 1200,
	transform: { k: 1, t: 0 },
	cardWidth: 176,
	gap: 8,
	maxLanes: 4,
	...overrides,
});

/** True when no two cards in a lane overlap. */
function cardsDoNotOverlap(marks: { lane: number; position: number }[], cardWidth: number): boolean {
	const byLane = new Map<number, number[]>();
	for (const mark of marks) byLane.set(mark.lane, [...(byLane.get(mark.lane) ?? []), mark.position]);
	return [...byLane.values()].every((positions) => positions.every((p, i) => i === 0 || p - positions[i - 1]! >= cardWidth));
}

describe('layoutHorizontal', () => {
	test('lays out a single event as one mark in the first lane', () => {
		const events = [makeEvent('only', '2006-06')];
		const layout = layoutHorizontal(events, phases, options(events));
		expect(layout.marks.map(({ key, type, lane }) => ({ key, type, lane }))).toEqual([{ key: 'only', type: 'event', lane: 0 }]);
	});

	test('draws a year-precision date across its whole year', () => {
		const events = [makeEvent('year', '2010')];
		const [mark] = layoutHorizontal(events, phases, options(events)).marks;
		const yearWidth = mark!.endPosition - mark!.position;
		expect(round(yearWidth)).toBeGreaterThan(60);
	});

	test('clusters same-day events and offers to show them', () => {
		const events = [makeEvent('a', '2012-03-27'), makeEvent('b', '2012-03-27'), makeEvent('c', '2016-01-01')];
		const { marks } = layoutHorizontal(events, phases, options(events));
		expect(marks.map((mark) => mark.key)).toEqual(['cluster-a', 'c']);
		expect(marks[0]!.label).toBe('2 events, 2012-03-27: show them');
	});

	test('separates nearby events when zoomed in', () => {
		const events = [makeEvent('a', '2012-03-01'), makeEvent('b', '2012-05-01')];
		expect(layoutHorizontal(events, phases, options(events)).marks).toHaveLength(1);
		const zoomed = layoutHorizontal(events, phases, options(events, { transform: { k: 20, t: -10_000 } }));
		expect(zoomed.marks.map((mark) => mark.key)).toEqual(['a', 'b']);
	});

	test('puts overlapping phases in separate band rows', () => {
		const { bands, bandRows } = layoutHorizontal([], phases, options([]));
		expect(bands.map((band) => [band.phase.id, band.row])).toEqual([['p1', 0], ['p3', 0], ['p4', 1]]);
		expect(bandRows).toBe(2);
	});

	test('labels the axis only within the story, even where the last card needs room', () => {
		const events = [makeEvent('a', '2006-06'), makeEvent('b', '2022-04')];
		const { ticks } = layoutHorizontal(events, phases, options(events));
		expect(ticks.map((tick) => tick.label)).toEqual(Array.from({ length: 9 }, (_, index) => String(2006 + 2 * index)));
		expect(Math.max(...ticks.map((tick) => tick.position))).toBeLessThan(1200 - 176);
	});

	test('an empty filter result still draws bands and the axis', () => {
		const layout = layoutHorizontal([], phases, options([]));
		expect(layout.marks).toEqual([]);
		expect(layout.ticks.length).toBeGreaterThan(5);
	});

	test.each([50, 1000])('fits %i events in the lanes without overlapping cards, at any zoom', (count) => {
		const events = syntheticEvents(count);
		for (const k of [1, 3, 40]) {
			const { marks } = layoutHorizontal(events, phases, options(events, { transform: { k, t: -(k - 1) * 600 } }));
			expect(Math.max(...marks.map((mark) => mark.lane))).toBeLessThan(4);
			expect(cardsDoNotOverlap(marks, 176 + 8)).toBe(true);
			expect(marks.reduce((sum, mark) => sum + mark.events.length, 0)).toBe(count);
		}
	});

	test('1,000 events at the whole-story zoom collapse into a few dozen marks', () => {
		const events = syntheticEvents(1000);
		const { marks } = layoutHorizontal(events, phases, options(events));
		expect(marks.length).toBeLessThanOrEqual(Math.ceil(1200 / 46) + 1);
	});

	test('is deterministic', () => {
		const events = syntheticEvents(50);
		const first = layoutHorizontal(events, phases, options(events, { transform: { k: 2.5, t: -700 } }));
		const second = layoutHorizontal(events, phases, options(events, { transform: { k: 2.5, t: -700 } }));
		expect(second).toEqual(first);
	});
});

describe('bandLabelPosition', () => {
	test('starts the label at the band when its start is in view', () => {
		expect(bandLabelPosition(300, 900)).toBe(300);
	});
	test('holds the label at the left edge while the band runs off it', () => {
		expect(bandLabelPosition(-400, 900)).toBe(0);
	});
	test('lets the label leave with the band, 120 px before its end', () => {
		expect(bandLabelPosition(-400, 50)).toBe(-70);
		expect(bandLabelPosition(-400, -200)).toBe(-320);
	});
	test('never starts before the band itself', () => {
		expect(bandLabelPosition(-100, -50)).toBe(-100);
	});
});
