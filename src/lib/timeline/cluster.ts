/** Groups marks too close to draw apart into clusters that open when the reader zooms in. */

/**
 * Splits positions (sorted ascending) into groups: a group starts at the first position not
 * yet taken and takes every position less than `minGap` pixels after it. Group starts are
 * therefore at least `minGap` apart, which bounds how many labels can overlap (see lanes.ts).
 * Returns groups of indices into `positions`.
 * @example clusterPoints([0, 10, 50, 200], 40) // => [[0, 1], [2], [3]]
 */
export function clusterPoints(positions: readonly number[], minGap: number): number[][] {
	const groups: number[][] = [];
	let startAt = -Infinity;
	positions.forEach((position, index) => {
		// 1e-6 keeps a position exactly `minGap` away in a new group despite float error.
		if (groups.length === 0 || position - startAt >= minGap - 1e-6) {
			groups.push([index]);
			startAt = position;
		} else {
			groups.at(-1)!.push(index);
		}
	});
	return groups;
}
