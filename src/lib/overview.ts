/**
 * Geometry of the front page's compact timeline: where each phase bar, commissioner
 * period and event tick sits, as percentages of the width between the first and last
 * year of the story. Pure data in, pure data out; the component only renders it.
 * Commissioner periods come from the bodies' own dates (content/commissioners.yaml), not from
 * the phases: PCTs bought care until 2013, long after the first phase ended.
 */
import { dateEnd, dateStart } from './dates';
import type { PhaseSpan } from './phases';
import { packLanes } from './timeline/lanes';

/** Bars narrower than this (per cent of the width) are too narrow for a name such as "ICBs" on a phone. */
export const MIN_LABELLED_WIDTH = 10;

export interface OverviewPhaseInput {
	id: string;
	order: number;
	span: PhaseSpan | undefined;
}

/** A commissioning body and the days it bought care (its last day omitted while it still does). */
export interface OverviewCommissionerInput {
	id: string;
	start: string;
	end?: string | undefined;
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
	/**
	 * Each commissioning body over the part of its life the story covers, in date order;
	 * `startsBefore` marks one that was already buying care before the first year shown, and
	 * `labelOutside` one too narrow for its name, which is then drawn above the bar so the
	 * bar itself can keep its true width.
	 */
	commissioners: (Extent & { id: string; startsBefore: boolean; labelOutside: boolean })[];
	/** One tick per event. */
	ticks: { id: string; kind: string; phase: string; left: number }[];
}

/**
 * Lays out the compact timeline; phases without a span yet are left out, and so are
 * commissioning bodies whose dates lie wholly outside the story.
 * @example layoutOverview([{ id: 'a', order: 1, span: { start: '2006', end: '2006' } }], [], [{ id: 'pcts', start: '2000-04-01', end: '2013-03-31' }])
 * // => { firstYear: 2006, lastYear: 2006, phases: [{ id: 'a', left: 0, width: 100, lane: 0 }],
 * //      commissioners: [{ id: 'pcts', left: 0, width: 100, startsBefore: true, labelOutside: false }], … }
 */
export function layoutOverview(
	phases: OverviewPhaseInput[],
	events: OverviewEventInput[],
	commissioners: OverviewCommissionerInput[],
): OverviewLayout | undefined {
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

	// Phases in story order, each in the first lane where it overlaps no other (the timeline's packer).
	const bars = placed.map((phase) => ({ id: phase.id, ...extent(phase.span!.start, phase.span!.end) }));
	const lanes = packLanes(bars.map((bar) => ({ start: bar.left, end: bar.left + bar.width })));
	const phaseBars = bars.map((bar, i) => ({ ...bar, lane: lanes[i]! }));

	const periods = commissioners
		.map((body) => ({
			id: body.id,
			from: dateStart(body.start).getTime(),
			// A body still in being runs to the right edge.
			to: body.end ? dateEnd(body.end).getTime() : Infinity,
		}))
		.filter(({ from, to }) => to > t0 && from < t1)
		.sort((a, b) => a.from - b.from)
		.map(({ id, from, to }) => {
			const left = x(Math.max(from, t0));
			const width = round(x(Math.min(to, t1)) - left);
			return { id, left, width, startsBefore: from < t0, labelOutside: width < MIN_LABELLED_WIDTH };
		});

	const ticks = events.map((event) => {
		// A month or year is drawn at its middle, a day at the day.
		const middle = (dateStart(event.date).getTime() + dateEnd(event.date).getTime()) / 2;
		return { id: event.id, kind: event.kind, phase: event.phase, left: x(middle) };
	});

	const years = [];
	for (let year = firstYear; year <= lastYear; year++) years.push({ year, left: x(Date.UTC(year, 0, 1)) });
	return { firstYear, lastYear, years, phases: phaseBars, lanes: Math.max(0, ...lanes) + 1, commissioners: periods, ticks };
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}
