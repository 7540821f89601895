import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readContent } from '../../../../src/integrations/content-check/read-content';
import { comparePartialDates } from '../../../../src/lib/dates';
import { buildEventViews } from '../../../../src/lib/event-view';
import { derivePhaseSpan } from '../../../../src/lib/phases';
import { STRIP, TICK_LABEL_ROOM, WIDE, WIDE_STAGE_WIDTH, type StageDimensions } from '../../../../src/lib/timeline/dimensions';
import { bandBox, bandLabelPosition, contentLength, stemSpan, layoutHorizontal, type HorizontalOptions } from '../../../../src/lib/timeline/layout';
import type { TimelineMark } from '../../../../src/lib/timeline/marks';
import { timeDomain } from '../../../../src/lib/timeline/scale';
import { toTimelineEvents, toTimelinePhases } from '../../../../src/lib/timeline/to-items';
import type { TimelineEvent } from '../../../../src/lib/timeline/types';
import { makeEvent, makePhase, round, syntheticEvents } from './builders';

const phases = [makePhase('p1', '2006', '2007'), makePhase('p3', '2014', '2016'), makePhase('p4', '2014', '2017')];
/** The stage at 1280 px wide: the page's 74rem column. */

const options = (events: { start: number; end: number }[], overrides: Partial<HorizontalOptions> = {}): HorizontalOptions => ({
	domain: timeDomain([...events, ...phases]),
	width: 1200,
	transform: { k: 1, t: 0 },
	dims: WIDE,
	...overrides,
});

/** True when no two cards in a lane overlap (with the gap between them). */
function cardsDoNotOverlap(marks: readonly TimelineMark[], dims: StageDimensions): boolean {
	const byLane = new Map<number, number[]>();
	for (const mark of marks) if (mark.shape === 'card') byLane.set(mark.lane, [...(byLane.get(mark.lane) ?? []), mark.x]);
	return [...byLane.values()].every((xs) => xs.sort((a, b) => a - b).every((x, i) => i === 0 || x - xs[i - 1]! >= dims.cardWidth + dims.gap - 1e-6));
}

/** Ids of the events that got a titled card. */
const titled = (marks: readonly TimelineMark[]) => new Set(marks.filter((mark) => mark.shape === 'card').map((mark) => mark.events[0]!.id));

/** The real events and phases from content/, as the timeline page builds them. */
function realContent() {
	const project = fileURLToPath(new URL('../../../../', import.meta.url));
	const { content } = readContent(join(project, 'content'), project);
	const events = content.events
		.map((entry) => ({ id: entry.id, ...entry.data }))
		.sort((a, b) => comparePartialDates(a.date, b.date) || a.id.localeCompare(b.id));
	const realPhases = content.phases.map((entry) => ({
		id: entry.id,
		...entry.data,
		span: derivePhaseSpan(entry.data, events.filter((event) => event.phase === entry.id).map((event) => event.date)),
	}));
	const organisations = content.organisations.map((entry) => entry.data);
	const sources = content.sources.map((entry) => entry.data);
	return {
		events: toTimelineEvents(buildEventViews({ events, phases: realPhases, organisations, sources })),
		phases: toTimelinePhases(realPhases.sort((a, b) => a.order - b.order), organisations, content.commissioners.map((entry) => entry.data)),
	};
}

describe('layoutHorizontal', () => {
	test('gives a single event a titled card in the first lane, at its date', () => {
		const events = [makeEvent('only', '2006-06')];
		const layout = layoutHorizontal(events, phases, options(events));
		expect(layout.marks.map(({ key, type, shape, lane }) => ({ key, type, shape, lane }))).toEqual([{ key: 'only', type: 'event', shape: 'card', lane: 0 }]);
		expect(layout.marks[0]!.x).toBe(layout.marks[0]!.position);
	});

	test('draws a year-precision date across its whole year', () => {
		const events = [makeEvent('year', '2010')];
		const [mark] = layoutHorizontal(events, phases, options(events)).marks;
		expect(round(mark!.endPosition - mark!.position)).toBeGreaterThan(60);
	});

	test('stacks same-day events in lanes with their titles', () => {
		const events = [makeEvent('a', '2012-03-27'), makeEvent('b', '2012-03-27'), makeEvent('c', '2016-01-01')];
		const { marks } = layoutHorizontal(events, phases, options(events));
		expect(marks.map((mark) => [mark.key, mark.shape])).toEqual([['a', 'card'], ['b', 'card'], ['c', 'card']]);
		expect(new Set(marks.slice(0, 2).map((mark) => mark.lane)).size).toBe(2);
	});

	test('turns events beyond the lanes into dots, and merges close dots into a cluster that names its first event', () => {
		const events = Array.from({ length: 20 }, (_, index) => makeEvent(`e${String(index).padStart(2, '0')}`, '2012-03-27', { title: `Title ${index}` }));
		const { marks } = layoutHorizontal(events, phases, options(events));
		const cards = marks.filter((mark) => mark.shape === 'card');
		expect(cards.length).toBeGreaterThanOrEqual(WIDE.lanes);
		const clusters = marks.filter((mark) => mark.type === 'cluster');
		expect(clusters).toHaveLength(1);
		const [cluster] = clusters;
		expect(cluster!.shape).toBe('dot');
		expect(cards.length + cluster!.events.length).toBe(20);
		const first = cluster!.events[0]!.title;
		expect(cluster!.text).toBe(`${first} + ${cluster!.events.length - 1} more`);
		expect(cluster!.label).toBe(`${cluster!.events.length} events: ${first} + ${cluster!.events.length - 1} more, 2012-03-27: show them`);
	});

	test('gives key events cards before earlier events take the room', () => {
		const crowd = Array.from({ length: 30 }, (_, index) => makeEvent(`crowd-${index}`, '2012-03-01'));
		const key = makeEvent('turning-point', '2012-03-02', { key: true });
		const events = [...crowd, key];
		expect(titled(layoutHorizontal(events, phases, options(events)).marks).has('turning-point')).toBe(true);
		const unkeyed = [...crowd, { ...key, key: false }];
		expect(titled(layoutHorizontal(unkeyed, phases, options(unkeyed)).marks).has('turning-point')).toBe(false);
	});

	test('moves a card beside its date, within the allowed shifts, rather than lose its title', () => {
		const events = Array.from({ length: 6 }, (_, index) => makeEvent(`e${index}`, '2012-03-01'));
		const { marks } = layoutHorizontal(events, phases, options(events));
		expect(marks.every((mark) => mark.shape === 'card')).toBe(true);
		expect(marks.some((mark) => mark.x !== mark.position)).toBe(true);
		for (const mark of marks) {
			expect(mark.position - mark.x).toBeLessThanOrEqual(WIDE.maxShiftLeft + 1e-6);
			expect(mark.x - mark.position).toBeLessThanOrEqual(WIDE.maxShiftRight + 1e-6);
		}
	});

	test('separates nearby events when zoomed in', () => {
		const day = (index: number) => new Date(Date.UTC(2012, 0, 1 + 10 * index)).toISOString().slice(0, 10);
		const events = Array.from({ length: 30 }, (_, index) => makeEvent(`e${index}`, day(index)));
		expect(titled(layoutHorizontal(events, phases, options(events)).marks).size).toBeLessThan(30);
		const zoomed = layoutHorizontal(events, phases, options(events, { transform: { k: 40, t: -40 * 500 } }));
		expect(titled(zoomed.marks).size).toBe(30);
	});

	test('puts overlapping phases in separate band rows', () => {
		const { bands, bandRows } = layoutHorizontal([], phases, options([]));
		expect(bands.map((band) => [band.phase.id, band.row])).toEqual([['p1', 0], ['p3', 0], ['p4', 1]]);
		expect(bandRows).toBe(2);
	});

	test("gives each band where the next band in its row starts, so its label can run up to it", () => {
		const { bands } = layoutHorizontal([], phases, options([]));
		const [p1, p3, p4] = bands;
		expect(p1!.nextFrom).toBe(p3!.from);
		expect(p3!.nextFrom).toBeUndefined();
		expect(p4!.nextFrom).toBeUndefined();
	});

	test('labels the axis only within the story', () => {
		const events = [makeEvent('a', '2006-06'), makeEvent('b', '2022-04')];
		const { ticks } = layoutHorizontal(events, phases, options(events));
		const years = ticks.map((tick) => Number(tick.label));
		expect(years[0]).toBe(2006);
		expect(years.at(-1)).toBeLessThanOrEqual(2022);
		expect(Math.max(...ticks.map((tick) => tick.position))).toBeLessThan(contentLength(1200, WIDE));
	});

	test('the wide stage leaves half a card after the last date; the strip, which has no cards, uses its whole width', () => {
		expect(contentLength(1200, WIDE)).toBe(1200 - WIDE.cardWidth / 2);
		expect(contentLength(360, STRIP)).toBe(360);
	});

	test('no tick lies past the end of the story, zoomed in at its end', () => {
		const events = [makeEvent('a', '2006-06'), makeEvent('b', '2022-04')];
		const base = options(events);
		const length = contentLength(base.width, WIDE);
		for (const k of [1, 8, 40]) {
			const { ticks } = layoutHorizontal(events, phases, { ...base, dims: WIDE, transform: { k, t: length - k * length } });
			expect(Math.max(...ticks.map((tick) => tick.value)), `k = ${k}`).toBeLessThanOrEqual(base.domain[1]);
		}
	});

	test('no tick label runs past the end of the stage, with or without cards', () => {
		const events = [makeEvent('a', '2006-06'), makeEvent('b', '2022-04')];
		for (const [width, dims] of [[600, STRIP], [360, STRIP], [1200, WIDE]] as const) {
			const { ticks } = layoutHorizontal(events, phases, { ...options(events), width, dims });
			expect(ticks.length, `${width} px`).toBeGreaterThan(2);
			expect(Math.max(...ticks.map((tick) => tick.position)) + TICK_LABEL_ROOM, `${width} px`).toBeLessThanOrEqual(width);
		}
	});

	test('an empty filter result still draws bands and the axis', () => {
		const layout = layoutHorizontal([], phases, options([]));
		expect(layout.marks).toEqual([]);
		expect(layout.ticks.length).toBeGreaterThan(5);
	});

	test.each([50, 1000])('keeps every one of %i events, in lanes without overlapping cards, at any zoom', (count) => {
		const events = syntheticEvents(count);
		for (const k of [1, 3, 40]) {
			const { marks } = layoutHorizontal(events, phases, options(events, { transform: { k, t: -(k - 1) * 600 } }));
			expect(Math.max(...marks.map((mark) => mark.lane))).toBeLessThan(WIDE.lanes);
			expect(cardsDoNotOverlap(marks, WIDE)).toBe(true);
			expect(marks.reduce((sum, mark) => sum + mark.events.length, 0)).toBe(count);
			const positions = marks.map((mark) => mark.position);
			expect(positions).toEqual([...positions].sort((a, b) => a - b));
		}
	});

	test('1,000 events at the whole-story zoom need no more than a few dozen dots', () => {
		const events = syntheticEvents(1000);
		const { marks } = layoutHorizontal(events, phases, options(events));
		expect(marks.filter((mark) => mark.shape === 'dot').length).toBeLessThanOrEqual(Math.ceil(1200 / WIDE.dotGap) + 1);
	});

	test('is deterministic', () => {
		const events = syntheticEvents(50);
		const first = layoutHorizontal(events, phases, options(events, { transform: { k: 2.5, t: -700 } }));
		const second = layoutHorizontal(events, phases, options(events, { transform: { k: 2.5, t: -700 } }));
		expect(second).toEqual(first);
	});
});

describe('every key event is titled at the default zoom', () => {
	const real = realContent();
	const keyIds = real.events.filter((event) => event.key).map((event) => event.id);
	const layout = (events: TimelineEvent[]) =>
		layoutHorizontal(events, real.phases, { domain: timeDomain([...events, ...real.phases]), width: WIDE_STAGE_WIDTH, transform: { k: 1, t: 0 }, dims: WIDE });

	test('about a third of the real events are key', () => {
		expect(keyIds.length).toBeGreaterThanOrEqual(Math.floor(real.events.length / 4));
		expect(keyIds.length).toBeLessThanOrEqual(Math.ceil(real.events.length / 2));
	});
	test('with the real events', () => {
		const cards = titled(layout(real.events).marks);
		expect(keyIds.filter((id) => !cards.has(id))).toEqual([]);
	});
	test('with 1,000 synthetic events added', () => {
		const events = [...real.events, ...syntheticEvents(1000)].sort((a, b) => a.start - b.start);
		const cards = titled(layout(events).marks);
		expect(keyIds.filter((id) => !cards.has(id))).toEqual([]);
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

describe('bandBox', () => {
	test('draws a band inside the view as it is, its label 6 px in', () => {
		expect(bandBox(100, 500, 1000)).toEqual({ left: 100, width: 400, labelOffset: 6, labelWidth: 900 });
	});
	test('clips a band that runs past both edges, keeping its label at the left edge', () => {
		expect(bandBox(-3000, 5000, 1000)).toEqual({ left: -4, width: 1008, labelOffset: 10, labelWidth: 1004 });
	});
	test('keeps a sliver of a band that has left the view, so it never has negative width', () => {
		expect(bandBox(-900, -500, 1000).width).toBe(2);
	});
	test("lets a label run past its band's end, to 8 px before the next band in its row or to the view's edge", () => {
		expect(bandBox(100, 200, 1000, 500).labelWidth).toBe(392);
		expect(bandBox(100, 200, 1000).labelWidth).toBe(900);
		expect(bandBox(-3000, 5000, 1000).labelWidth).toBe(1004);
		// A next band that starts where this one ends leaves the label its own band, less 8 px.
		expect(bandBox(100, 200, 1000, 200).labelWidth).toBe(92);
	});
});

describe('stemSpan', () => {
	test('drops straight from a date that is over its card', () => {
		expect(stemSpan(150, 100, 184)).toEqual({ left: 150, width: 0, side: 'right' });
	});
	test('runs right to a card that sits right of its date, meeting it 12 px in', () => {
		expect(stemSpan(40, 100, 184)).toEqual({ left: 40, width: 72, side: 'left' });
	});
	test('runs left to a card that sits left of its date, meeting it 12 px before its end', () => {
		expect(stemSpan(400, 100, 184)).toEqual({ left: 272, width: 128, side: 'right' });
	});
});
