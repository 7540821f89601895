/**
 * The wide (horizontal) arrangement: time runs left to right, phase bands across the top,
 * event cards in lanes below them. Plain numbers in, plain objects out.
 */
import { packLanes } from './lanes';
import { buildMarks, type TimelineMark } from './marks';
import { createTimeScale, rescale } from './scale';
import { timeTicks, type Tick } from './ticks';
import type { TimelineEvent, TimelinePhase, ZoomTransform } from './types';

export interface HorizontalOptions {
	/**
	 * Time domain (UTC ms) drawn at zoom k = 1 across the width less one card, so that the
	 * last event's card fits inside the view (see contentLength).
	 */
	domain: readonly [number, number];
	/** The view's width in pixels. */
	width: number;
	transform: ZoomTransform;
	/** Width of one event card in pixels. */
	cardWidth: number;
	/** Space between cards in a lane. */
	gap: number;
	/** Lanes available for cards; clustering guarantees the cards fit in them. */
	maxLanes: number;
	/** Least distance between axis ticks. */
	tickSpacing?: number;
}

export interface PlacedMark extends TimelineMark {
	lane: number;
}

export interface Band {
	phase: TimelinePhase;
	/** View pixels; may extend beyond the view. */
	from: number;
	to: number;
	/** Overlapping phases (2014–2016 and 2014–2017) sit in separate rows. */
	row: number;
}

export interface HorizontalLayout {
	marks: PlacedMark[];
	bands: Band[];
	bandRows: number;
	ticks: Tick[];
}

/**
 * The length the time domain is drawn across: the view less one card and its gap. Zoom
 * transforms are clamped to this length too, so panning always stops with a card in view.
 */
export function contentLength(width: number, cardWidth: number, gap: number): number {
	return Math.max(1, width - cardWidth - gap);
}

/** Where a band's label starts: held at the view's left edge while the band is in view, but never so late it runs off the band's end. */
export function bandLabelPosition(from: number, to: number): number {
	return Math.min(Math.max(from, 0), Math.max(from, to - 120));
}

/**
 * Lays out events (sorted by start) and phases for a given width and zoom.
 * Cards start at least (cardWidth + gap) / maxLanes apart after clustering, so no more than
 * maxLanes cards ever overlap and packLanes never needs an extra lane.
 */
export function layoutHorizontal(
	events: readonly TimelineEvent[],
	phases: readonly TimelinePhase[],
	options: HorizontalOptions,
): HorizontalLayout {
	const { domain, width, transform, cardWidth, gap, maxLanes, tickSpacing = 64 } = options;
	const scale = rescale(createTimeScale(domain, contentLength(width, cardWidth, gap)), transform);
	const minGap = (cardWidth + gap) / maxLanes;
	const marks = buildMarks(events, scale, minGap);
	const lanes = packLanes(
		marks.map((mark) => ({ start: mark.position, end: mark.position + cardWidth })),
		{ gap },
	);
	const bandSpans = phases.map((phase) => ({ phase, from: scale(phase.start), to: scale(phase.end) }));
	const rows = packLanes(bandSpans.map(({ from, to }) => ({ start: from, end: to })));
	const bands = bandSpans.map((band, index) => ({ ...band, row: rows[index]! }));
	return {
		marks: marks.map((mark, index) => ({ ...mark, lane: lanes[index]! })),
		bands,
		bandRows: bands.length === 0 ? 0 : Math.max(...rows) + 1,
		ticks: timeTicks(Math.max(domain[0], scale.invert(0)), Math.min(domain[1], scale.invert(width)), scale, tickSpacing),
	};
}
