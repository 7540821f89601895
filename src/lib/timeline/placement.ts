/** Places titled cards in lanes, most important first, so that key events always get a card. */

export interface PlacementOptions {
	lanes: number;
	cardWidth: number;
	gap: number;
	/** How far left of its anchor a card may start. */
	maxShiftLeft: number;
	/** How far right of its anchor a card may start (a leader joins them). */
	maxShiftRight: number;
	/** Left shifts up to this keep the anchor under the card and cost half as much. */
	underShift: number;
	/** Cards stay within [min, max] (view pixels). */
	min: number;
	max: number;
}

export interface Slot {
	lane: number;
	/** The card's left edge, view pixels. */
	x: number;
}

/**
 * For each anchor (the position of an event's date), a lane and left edge for its card, or
 * undefined when none is free. Anchors are placed in `order` (indices, most important first);
 * each takes the free spot nearest its date (a card whose date stays under it counts as
 * nearer), then the lowest lane.
 * @example placeCards([0, 10], [0, 1], { lanes: 2, cardWidth: 100, gap: 8, maxShiftLeft: 0, maxShiftRight: 0, underShift: 0, min: 0, max: 500 }) // => [{ lane: 0, x: 0 }, { lane: 1, x: 10 }]
 */
export function placeCards(anchors: readonly number[], order: readonly number[], options: PlacementOptions): (Slot | undefined)[] {
	const { lanes, cardWidth, gap, maxShiftLeft, maxShiftRight, underShift, min, max } = options;
	/** Each lane's cards as [start, end] pairs, kept sorted by start. */
	const taken: [number, number][][] = Array.from({ length: lanes }, () => []);
	const slots: (Slot | undefined)[] = anchors.map(() => undefined);
	/** Index of the first card in a lane that starts at or after `x` (binary search). */
	const firstFrom = (lane: [number, number][], x: number) => {
		let low = 0;
		let high = lane.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (lane[middle]![0] < x) low = middle + 1;
			else high = middle;
		}
		return low;
	};
	/** Whether a card at `x` keeps its gap from the lane's cards: only its neighbours can be too close. */
	const isFree = (lane: [number, number][], x: number) => {
		const next = firstFrom(lane, x);
		const before = lane[next - 1];
		const after = lane[next];
		return (!before || before[1] + gap <= x + 1e-6) && (!after || x + cardWidth + gap <= after[0] + 1e-6);
	};
	for (const index of order) {
		const anchor = anchors[index]!;
		const lo = Math.max(anchor - maxShiftLeft, min);
		const hi = Math.min(anchor + maxShiftRight, max - cardWidth);
		if (lo > hi + 1e-6) continue;
		const cost = (x: number) => (x <= anchor && anchor - x <= underShift ? (anchor - x) / 2 : Math.abs(x - anchor));
		let best: (Slot & { cost: number }) | undefined;
		taken.forEach((lane, laneIndex) => {
			const consider = (x: number) => {
				if (x < lo - 1e-6 || x > hi + 1e-6 || !isFree(lane, x)) return;
				const c = cost(x);
				if (!best || c < best.cost - 1e-6) best = { lane: laneIndex, x, cost: c };
			};
			// The nearest free spot is at the anchor or right against a card already placed. Only
			// cards that could touch a card placed in [lo, hi] matter: cards never overlap in a
			// lane, so the one before the window is the only earlier card to look at.
			consider(Math.min(Math.max(anchor, lo), hi));
			const to = firstFrom(lane, hi + cardWidth + gap);
			for (let near = Math.max(0, firstFrom(lane, lo - cardWidth - gap) - 1); near < to; near++) {
				const [start, end] = lane[near]!;
				consider(start - gap - cardWidth);
				consider(end + gap);
			}
		});
		if (!best) continue;
		const { lane: laneIndex, x } = best;
		slots[index] = { lane: laneIndex, x };
		const lane = taken[laneIndex]!;
		lane.splice(firstFrom(lane, x), 0, [x, x + cardWidth]);
	}
	return slots;
}
