/**
 * The wide (horizontal) arrangement: time runs left to right, phase bands across the top, a
 * row of dots under the axis, and titled cards in lanes below. Key events take cards first,
 * then the others in date order while lanes have room; the rest become dots. Plain numbers
 * in, plain objects out.
 */
import { TICK_LABEL_ROOM, type StageDimensions } from './dimensions';
import { packLanes } from './lanes';
import { cardMark, dotMarks, type TimelineMark } from './marks';
import { placeCards } from './placement';
import { createTimeScale, rescale } from './scale';
import { timeTicks, type Tick } from './ticks';
import type { TimelineEvent, TimelinePhase, ZoomTransform } from './types';
import { VIEWS_DRAWN_AROUND } from './zoom';

export interface HorizontalOptions {
	/** Time domain (UTC ms) drawn at zoom k = 1 across the content length (see contentLength). */
	domain: readonly [number, number];
	/** The view's width in pixels. */
	width: number;
	transform: ZoomTransform;
	dims: StageDimensions;
	/** Least distance between axis ticks. */
	tickSpacing?: number;
}

export interface Band {
	phase: TimelinePhase;
	/** View pixels; may extend beyond the view. */
	from: number;
	to: number;
	/** Overlapping phases (2014–2016 and 2014–2017) sit in separate rows. */
	row: number;
	/** Where the next band in the same row starts (view pixels), if one does: this band's label may run up to it. */
	nextFrom: number | undefined;
}

export interface HorizontalLayout {
	/** Cards and dots together in time order (the keyboard order). */
	marks: TimelineMark[];
	bands: Band[];
	bandRows: number;
	ticks: Tick[];
}

/**
 * The length the time domain is drawn across: the view less half a card, so the last events'
 * cards fit beside their dates; a stage with no cards (the embed's strip) uses its whole width.
 * Zoom transforms are clamped to this length too, so panning always stops with the ends in view.
 */
export function contentLength(width: number, dims: StageDimensions): number {
	return Math.max(1, dims.lanes > 0 ? width - dims.cardWidth / 2 : width);
}

/** Where a band's label starts: held at the view's left edge while the band is in view, but never so late it runs off the band's end. */
export function bandLabelPosition(from: number, to: number): number {
	return Math.min(Math.max(from, 0), Math.max(from, to - 120));
}

/**
 * A band drawn across the view: clipped to it with 4 px to spare, its label held in view
 * (offset from the band's left edge). The label may run past the band's end into the free
 * row beyond, up to 8 px before the next band in the row starts (`nextFrom`) or the view's
 * edge: `labelWidth` is its room, measured from the band's left edge.
 */
export function bandBox(from: number, to: number, viewWidth: number, nextFrom = Infinity): { left: number; width: number; labelOffset: number; labelWidth: number } {
	const left = Math.max(from, -4);
	const right = Math.min(to, viewWidth + 4);
	return { left, width: Math.max(right - left, 2), labelOffset: Math.max(0, bandLabelPosition(from, to) - left) + 6, labelWidth: Math.max(0, Math.min(nextFrom - 8, viewWidth) - left) };
}

/**
 * The leader from an event's date (`anchor`) to its card (left edge `cardX`): it meets the
 * card's top at the date while the date is over the card, else 12 px in from the card's
 * nearer end. `side` is the end the stem drops from.
 */
export function stemSpan(anchor: number, cardX: number, cardWidth: number): { left: number; width: number; side: 'left' | 'right' } {
	const junction = Math.min(Math.max(anchor, cardX + 12), cardX + cardWidth - 12);
	return { left: Math.min(anchor, junction), width: Math.abs(anchor - junction), side: anchor < junction ? 'left' : 'right' };
}

/** Band rows for the phases: the same at every zoom, so the stage's height can be fixed. */
export function bandRowCount(phases: readonly TimelinePhase[]): number {
	if (phases.length === 0) return 0;
	return Math.max(...packLanes(phases.map((phase) => ({ start: phase.start, end: phase.end })))) + 1;
}

/** Lays out events (sorted by start) and phases for a given width and zoom. */
export function layoutHorizontal(events: readonly TimelineEvent[], phases: readonly TimelinePhase[], options: HorizontalOptions): HorizontalLayout {
	const { domain, width, transform, dims, tickSpacing = 64 } = options;
	const length = contentLength(width, dims);
	const scale = rescale(createTimeScale(domain, length), transform);
	const anchors = events.map((event) => scale(event.start));
	// Key events first, latest first: the story's crowded years are its later ones, and the
	// quiet early years leave room for earlier cards to move left. Then the rest in date order.
	const order = events.map((_, index) => index).sort((a, b) => Number(events[b]!.key) - Number(events[a]!.key) || (events[a]!.key ? b - a : a - b));
	const slots = placeCards(anchors, order, {
		lanes: dims.lanes,
		cardWidth: dims.cardWidth,
		gap: dims.gap,
		maxShiftLeft: dims.maxShiftLeft,
		maxShiftRight: dims.maxShiftRight,
		// A card whose date is still under it needs no leader.
		underShift: dims.cardWidth - 24,
		min: scale(domain[0]),
		max: scale(domain[1]) + width - length,
	});
	const cards = events.flatMap((event, index) => {
		const slot = slots[index];
		return slot ? [cardMark(event, anchors[index]!, scale(event.end), slot.x, slot.lane)] : [];
	});
	const dots = dotMarks(
		events.filter((_, index) => !slots[index]),
		scale,
		dims.dotGap,
	);
	const marks = [...cards, ...dots].sort((a, b) => a.position - b.position || a.events[0]!.start - b.events[0]!.start || a.lane - b.lane);
	const bandSpans = phases.map((phase) => ({ phase, from: scale(phase.start), to: scale(phase.end) }));
	const rows = packLanes(bandSpans.map(({ from, to }) => ({ start: from, end: to })));
	const nextInRow = (index: number) => {
		const starts = bandSpans.filter((other, at) => rows[at] === rows[index] && other.from >= bandSpans[index]!.to).map((other) => other.from);
		return starts.length > 0 ? Math.min(...starts) : undefined;
	};
	return {
		marks,
		bands: bandSpans.map((band, index) => ({ ...band, row: rows[index]!, nextFrom: nextInRow(index) })),
		bandRows: bandRowCount(phases),
		// Within the story, as far either side as marks are drawn (so a drag shows ticks until it
		// lays out again), and none whose label would run past the stage's end.
		ticks: timeTicks(
			Math.max(domain[0], scale.invert(-VIEWS_DRAWN_AROUND * width)),
			Math.min(scale.invert(scale(domain[1]) + Math.min(0, width - length - TICK_LABEL_ROOM)), scale.invert((1 + VIEWS_DRAWN_AROUND) * width)),
			scale,
			tickSpacing,
		),
	};
}
