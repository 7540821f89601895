/**
 * The narrow (vertical) arrangement for phones: time runs down the page, each phase opens
 * with a heading row, and cards never overlap because each row is pushed below the previous
 * one. Gaps stay proportional to time wherever there is room, so quiet years still look quiet.
 */
import { packLanes } from './lanes';
import { buildMarks, type TimelineMark } from './marks';
import { timeTicks, type Tick } from './ticks';
import type { TimelinePhase } from './types';
import type { TimelineEvent } from './types';

const YEAR = 365.2425 * 86_400_000;

export interface VerticalOptions {
	domain: readonly [number, number];
	/** Zoom factor: 1 draws `pxPerYear` pixels per year. */
	k: number;
	pxPerYear: number;
	cardHeight: number;
	headingHeight: number;
	gap: number;
	/** Least distance between year labels. */
	tickSpacing?: number;
	/**
	 * Events whose rows would start closer than this (before pushing down) share one cluster
	 * row. Defaults to a quarter of a card: on a phone, scrolling is cheap and titles beat counts.
	 */
	clusterGap?: number;
}

export type VerticalRow =
	| { type: 'mark'; key: string; mark: TimelineMark; y: number; height: number }
	| { type: 'phase'; key: string; phase: TimelinePhase; y: number; height: number };

export interface VerticalBand {
	phase: TimelinePhase;
	from: number;
	to: number;
	/** Overlapping phases sit in side-by-side columns of the gutter. */
	column: number;
}

export interface VerticalLayout {
	rows: VerticalRow[];
	/** The marks alone, in time order (the keyboard order). */
	marks: TimelineMark[];
	bands: VerticalBand[];
	bandColumns: number;
	ticks: Tick[];
	/** Total height in pixels. */
	height: number;
}

/** Lays out events (sorted by start) and phases down the page at zoom k. */
export function layoutVertical(
	events: readonly TimelineEvent[],
	phases: readonly TimelinePhase[],
	options: VerticalOptions,
): VerticalLayout {
	const { domain, k, pxPerYear, cardHeight, headingHeight, gap, tickSpacing = 32, clusterGap = cardHeight / 4 } = options;
	const perMs = (pxPerYear * k) / YEAR;
	const base = (value: number) => (value - domain[0]) * perMs;
	const marks = buildMarks(events, base, clusterGap);
	// Headings sort before marks at the same time, so a phase's heading precedes its first event.
	const pending = [
		...phases.map((phase) => ({ at: base(phase.start), order: 0, row: { type: 'phase' as const, key: `phase-${phase.id}`, phase, height: headingHeight } })),
		...marks.map((mark) => ({ at: mark.position, order: 1, row: { type: 'mark' as const, key: mark.key, mark, height: cardHeight } })),
	].sort((a, b) => a.at - b.at || a.order - b.order);

	const rows: VerticalRow[] = [];
	const anchors: { at: number; y: number }[] = [];
	let bottom = 0;
	for (const { at, row } of pending) {
		const y = Math.max(at, rows.length === 0 ? 0 : bottom + gap);
		rows.push({ ...row, y });
		anchors.push({ at, y });
		bottom = y + row.height;
	}
	const height = Math.max(bottom, base(domain[1])) + gap;

	// Time → y after pushing rows down: follow the nearest anchor at or before the time.
	const warp = (value: number) => {
		const at = base(value);
		let y = at;
		for (let index = 0; index < anchors.length; index++) {
			const anchor = anchors[index]!;
			if (anchor.at > at) break;
			const next = anchors[index + 1];
			y = Math.min(anchor.y + (at - anchor.at), next ? next.y : Infinity);
		}
		return Math.min(y, height);
	};

	const ticks: Tick[] = [];
	for (const tick of timeTicks(domain[0], domain[1], warp, tickSpacing)) {
		if (ticks.length === 0 || tick.position - ticks.at(-1)!.position >= tickSpacing) ticks.push(tick);
	}
	const spans = phases.map((phase) => ({ phase, from: warp(phase.start), to: warp(phase.end) }));
	const columns = packLanes(spans.map(({ from, to }) => ({ start: from, end: to })));
	return {
		rows,
		marks,
		bands: spans.map((span, index) => ({ ...span, column: columns[index]! })),
		bandColumns: spans.length === 0 ? 0 : Math.max(...columns) + 1,
		ticks,
		height,
	};
}
