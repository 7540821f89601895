import { describe, expect, test } from 'vitest';
import { WIDE, stageRows } from '../../../../src/lib/timeline/dimensions';
import { contentLength, layoutHorizontal } from '../../../../src/lib/timeline/layout';
import { timeDomain } from '../../../../src/lib/timeline/scale';
import { stagePlacer } from '../../../../src/lib/timeline/stage-placement';
import { mapPosition } from '../../../../src/lib/timeline/zoom';
import { makeEvent, makePhase, syntheticEvents } from './builders';

const width = 1182;
const events = syntheticEvents(200);
const phases = [makePhase('p1', '2006', '2010'), makePhase('p2', '2009', '2015'), makePhase('p3', '2015', '2022')];
const domain = timeDomain([...events, ...phases], contentLength(width, WIDE));
const laidOut = { k: 3, t: -1200 };
const layout = layoutHorizontal(events, phases, { domain, width, transform: laidOut, dims: WIDE });
const rows = stageRows(layout.bandRows, WIDE);

describe('stagePlacer', () => {
	test('at the transform the layout was made for, places each mark where the layout put it, less the pan', () => {
		const at = stagePlacer(laidOut, laidOut, width, layout.bandRows, WIDE);
		expect(at.pan).toBe(-1200);
		for (const mark of layout.marks) expect(at.x(mark.x)).toBe(Math.round(mark.x + 1200));
	});
	test('follows a live transform: a position lands where mapPosition puts it in the view', () => {
		const live = { k: 4.5, t: -2100.4 };
		const at = stagePlacer(laidOut, live, width, layout.bandRows, WIDE);
		for (const mark of layout.marks.slice(0, 50)) expect(Math.abs(at.x(mark.position) + at.pan - mapPosition(mark.position, laidOut, live))).toBeLessThanOrEqual(1);
	});
	test('puts cards in their lanes and centres each dot’s target on its date in the row of dots', () => {
		const at = stagePlacer(laidOut, laidOut, width, layout.bandRows, WIDE);
		const card = layout.marks.find((mark) => mark.shape === 'card' && mark.lane === 2)!;
		expect(at.mark(card)).toEqual({ left: at.x(card.x), top: rows.lanes + 2 * (WIDE.cardHeight + WIDE.gap), width: WIDE.cardWidth });
		const dot = layout.marks.find((mark) => mark.shape === 'dot')!;
		const box = at.mark(dot);
		expect(box.left + box.width / 2).toBe(at.x(dot.x));
		expect(box.top).toBeGreaterThanOrEqual(rows.dots);
		expect(box.top + box.width).toBeLessThanOrEqual(rows.lanes);
	});
	test('drops each stem from its date in the row of dots to the gap above its card', () => {
		const at = stagePlacer(laidOut, { k: 6, t: -5000 }, width, layout.bandRows, WIDE);
		for (const card of layout.marks.filter((mark) => mark.shape === 'card')) {
			const stem = at.stem(card);
			expect(stem.anchor).toBe(at.span(card).left);
			expect(stem.top).toBe(rows.dots);
			expect(stem.top + stem.height).toBe(at.mark(card).top - WIDE.gap / 2);
			expect([stem.left, stem.left + stem.width]).toContain(stem.anchor);
		}
	});
	test('spreads spans with the zoom, never under 4 px', () => {
		const at = stagePlacer(laidOut, { k: 6, t: -2400 }, width, layout.bandRows, WIDE);
		const year = makeEvent('y', '2012');
		const [mark] = layoutHorizontal([year], [], { domain, width, transform: laidOut, dims: WIDE }).marks;
		expect(at.span(mark!).width).toBe(Math.round((mark!.endPosition - mark!.position) * 2));
		for (const card of layout.marks.filter((item) => item.shape === 'card')) expect(at.span(card).width).toBeGreaterThanOrEqual(4);
	});
	test('stacks band rows and keeps each band in the view', () => {
		const at = stagePlacer(laidOut, laidOut, width, layout.bandRows, WIDE);
		for (const band of layout.bands) {
			const box = at.band(band);
			expect(box.top).toBe(band.row * (WIDE.bandHeight + WIDE.bandGap));
			expect(box.left).toBeGreaterThanOrEqual(-4);
			expect(box.left + box.width).toBeLessThanOrEqual(width + 4);
		}
	});
});
