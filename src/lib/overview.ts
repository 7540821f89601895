/**
 * Geometry of the front page's compact timeline: where each phase bar, commissioner
 * period and event tick sits, as percentages of the width between the first and last
 * year of the story. Pure data in, pure data out; the component only renders it.
 */
import { dateEnd, dateStart } from './dates';
import type { PhaseSpan } from './phases';

export interface OverviewPhaseInput {
	id: string;
	order: number;
	span: PhaseSpan | undefined;
	commissioner: string;
}

export interface OverviewEventInput {
	id: string;
	date: string;
	kind: string;
	phase: string;
}

/** A horizontal extent, in per cent of the overview's width. */
export interface Extent {
	left: number;
	width: number;
}

export interface OverviewLayout {
	/** First and last calendar years shown (inclusive). */
	firstYear: number;
	lastYear: number;
	/** One entry per year, with its left edge in per cent. */
	years: { year: number; left: number }[];
	/** Phases that have a span, each in the first lane where it does not overlap another. */
	phases: (Extent & { id: string; lane: number })[];
	/** How many lanes the phase bars need. */
	lanes: number;
	/** Runs of consecutive phases with the same commissioning body, merged. */
	commissioners: (Extent & { id: string })[];
	/** One tick per event. */
	ticks: { id: string; kind: string; phase: string; left: number }[];
}

/**
 * Lays out the compact timeline; phases without a span yet are left out.
 * @example layoutOverview([{ id: 'a', order: 1, span: { start: '2006', end: '2006' }, commissioner: 'pcts' }], [])
 * // => { firstYear: 2006, lastYear: 2006, phases: [{ id: 'a', left: 0, width: 100, lane: 0 }], … }
 */
export function layoutOverview(phases: OverviewPhaseInput[], events: OverviewEventInput[]): OverviewLayout | undefined {
	const placed = phases.filter((phase) => phase.span).sort((a, b) => a.order - b.order);
	if (placed.length === 0) return undefined;
	const firstYear = Math.min(...placed.map((p) => dateStart(p.span!.start).getUTCFullYear()));
	// The year holding the last instant of the span (its exclusive end minus a millisecond).
	const lastYear = Math.max(...placed.map((p) => new Date(dateEnd(p.span!.end).getTime() - 1).getUTCFullYear()));
	const t0 = Date.UTC(firstYear, 0, 1);
	const t1 = Date.UTC(lastYear + 1, 0, 1);
	const x = (time: number) => round(((time - t0) / (t1 - t0)) * 100);
	const extent = (start: string, end: string): Extent => {
		const left = x(dateStart(start).getTime());
		return { left, width: round(x(dateEnd(end).getTime()) - left) };
	};

	const laneEnds: number[] = [];
	const phaseBars = placed.map((phase) => {
		const bar = extent(phase.span!.start, phase.span!.end);
		let lane = laneEnds.findIndex((end) => end <= bar.left);
		if (lane === -1) lane = laneEnds.length;
		laneEnds[lane] = bar.left + bar.width;
		return { id: phase.id, lane, ...bar };
	});

	const commissioners: (Extent & { id: string })[] = [];
	for (const phase of placed) {
		const bar = phaseBars.find((b) => b.id === phase.id)!;
		const last = commissioners.at(-1);
		if (last && last.id === phase.commissioner) {
			last.width = round(Math.max(last.left + last.width, bar.left + bar.width) - last.left);
		} else {
			commissioners.push({ id: phase.commissioner, left: bar.left, width: bar.width });
		}
	}

	const ticks = events.map((event) => {
		// A month or year is drawn at its middle, a day at the day.
		const middle = (dateStart(event.date).getTime() + dateEnd(event.date).getTime()) / 2;
		return { id: event.id, kind: event.kind, phase: event.phase, left: x(middle) };
	});

	const years = [];
	for (let year = firstYear; year <= lastYear; year++) years.push({ year, left: x(Date.UTC(year, 0, 1)) });
	return { firstYear, lastYear, years, phases: phaseBars, lanes: laneEnds.length, commissioners, ticks };
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}
