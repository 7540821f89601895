/** Packs labels into lanes (rows) so that no two labels in a lane overlap. */

export interface Interval {
	start: number;
	end: number;
}

/**
 * First-fit lane packing for intervals sorted by start: each interval goes into the lowest
 * lane whose last interval ended at least `gap` before it. For intervals in start order this
 * uses as few lanes as the deepest overlap needs. Ties keep the input order, so the result is stable.
 * @example packLanes([{ start: 0, end: 10 }, { start: 5, end: 15 }, { start: 12, end: 20 }], { gap: 1 }) // => [0, 1, 0]
 */
export function packLanes(intervals: readonly Interval[], { gap = 0 }: { gap?: number } = {}): number[] {
	const laneEnds: number[] = [];
	return intervals.map(({ start, end }) => {
		let lane = laneEnds.findIndex((laneEnd) => laneEnd + gap <= start + 1e-6);
		if (lane === -1) lane = laneEnds.length;
		laneEnds[lane] = end;
		return lane;
	});
}
