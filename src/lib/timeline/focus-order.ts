/** Keyboard movement between marks, which are kept in time order. */

/** Keys that move focus, and where they go. */
const MOVES: Record<string, (current: number, count: number) => number> = {
	ArrowRight: (current) => current + 1,
	ArrowDown: (current) => current + 1,
	ArrowLeft: (current) => current - 1,
	ArrowUp: (current) => current - 1,
	Home: () => 0,
	End: (_, count) => count - 1,
	PageDown: (current) => current + 5,
	PageUp: (current) => current - 5,
};

/**
 * The index focus moves to for a key, clamped to the marks; undefined for keys that do not
 * move focus (so the caller lets the browser handle them).
 * @example nextFocusIndex(2, 10, 'ArrowRight') // => 3
 * @example nextFocusIndex(0, 10, 'End') // => 9
 */
export function nextFocusIndex(current: number, count: number, key: string): number | undefined {
	const move = MOVES[key];
	if (!move || count === 0) return undefined;
	if (current < 0) return key === 'End' ? count - 1 : 0;
	return Math.min(count - 1, Math.max(0, move(current, count)));
}
