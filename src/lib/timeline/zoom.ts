/**
 * Zoom arithmetic, kept apart from d3-zoom's event handling (as d3-zoom keeps transform.js
 * apart from zoom.js). A transform {k, t} maps a base position x to k·x + t.
 */
import type { ZoomTransform } from './types';
import { DAY_MS } from '../time';

/** How far a reader may zoom: from the whole story (k = 1) to `minDays` across the view. */
export interface ZoomLimits {
	minK: number;
	maxK: number;
}

/** The identity transform: the whole story fits the view. */
export const IDENTITY: ZoomTransform = { k: 1, t: 0 };

/** Zoom limits for a time domain: the deepest zoom shows `minDays` (default 45) across the view. */
export function zoomLimits(domain: readonly [number, number], minDays = 45): ZoomLimits {
	return { minK: 1, maxK: Math.max(1, (domain[1] - domain[0]) / (minDays * DAY_MS)) };
}

/** Keeps k within the limits and the content covering the whole view (no empty margins). */
export function clampTransform({ k, t }: ZoomTransform, length: number, limits: ZoomLimits): ZoomTransform {
	const kk = Math.min(limits.maxK, Math.max(limits.minK, k));
	const tt = Math.min(0, Math.max(length - kk * length, t));
	// `+ 0` turns -0 into 0, so equal transforms compare equal.
	return { k: kk, t: tt + 0 };
}

/** Zooms by `factor` keeping the point at `center` (view pixels) still. */
export function zoomAround(
	transform: ZoomTransform,
	factor: number,
	center: number,
	length: number,
	limits: ZoomLimits,
): ZoomTransform {
	const k = Math.min(limits.maxK, Math.max(limits.minK, transform.k * factor));
	const t = center - ((center - transform.t) * k) / transform.k;
	return clampTransform({ k, t }, length, limits);
}

/** The transform that shows base positions [from, to] across the view, with `padding` pixels each side. */
export function zoomToRange(
	from: number,
	to: number,
	length: number,
	limits: ZoomLimits,
	padding = 24,
): ZoomTransform {
	const k = (length - 2 * padding) / Math.max(to - from, 1e-9);
	const clamped = Math.min(limits.maxK, Math.max(limits.minK, k));
	const center = (from + to) / 2;
	return clampTransform({ k: clamped, t: length / 2 - clamped * center }, length, limits);
}

/**
 * The smallest pan that brings the span [x, x + width] (view pixels) inside the view with a
 * margin; the transform is unchanged when it is already visible.
 */
export function panIntoView(
	transform: ZoomTransform,
	x: number,
	width: number,
	length: number,
	limits: ZoomLimits,
	margin = 16,
): ZoomTransform {
	if (x < margin) return clampTransform({ ...transform, t: transform.t + margin - x }, length, limits);
	if (x + width > length - margin) {
		return clampTransform({ ...transform, t: transform.t - (x + width - length + margin) }, length, limits);
	}
	return transform;
}

/**
 * Maps a view position from a layout made at transform `settled` to where it lies at
 * transform `current`. During a zoom gesture the layout (clusters, lanes) stays the one made
 * at the last settled transform and only its positions follow the gesture, so each frame
 * moves cards instead of re-clustering and repainting them.
 */
export function mapPosition(position: number, settled: ZoomTransform, current: ZoomTransform): number {
	return ((position - settled.t) * current.k) / settled.k + current.t;
}

/**
 * How many views either side of the view a layout draws: a gesture finds marks there until
 * the layout is remade (see needsRelayout).
 */
export const VIEWS_DRAWN_AROUND = 2;

/**
 * A layout at a new zoom level is drawn outwards from the view, one commit per step: the view
 * and a quarter of a view either side first, then one view, then VIEWS_DRAWN_AROUND. No single
 * frame then has to create, style and lay out every mark of five views' width.
 */
export const DRAWING_STEPS = [0.25, 1, VIEWS_DRAWN_AROUND] as const;

/**
 * The next step out after drawing `views` views either side, or undefined once all are drawn.
 * @example widerDrawing(0.25) // => 1
 */
export function widerDrawing(views: number): number | undefined {
	return DRAWING_STEPS.find((step) => step > views);
}

/**
 * Whether a gesture has gone far enough from the layout made at `laidOut` to lay out again
 * before it ends. Until then each frame only moves what is drawn (VIEWS_DRAWN_AROUND views
 * either side of the view it was made for), which keeps frames cheap; the layout is remade
 * when the gesture settles, or sooner when what was drawn no longer reaches a quarter of a
 * view beyond either edge of a view `width` pixels wide: a pan nearing its edge, or a zoom out
 * shrinking it (which it does before the cards could crowd: at under 0.3 of its width, however
 * centred). Zooming in only spreads what was drawn, so the marks are laid out again when it
 * settles: clusters open then.
 */
export function needsRelayout(laidOut: ZoomTransform, current: ZoomTransform, width: number): boolean {
	const drawnFrom = mapPosition(-VIEWS_DRAWN_AROUND * width, laidOut, current);
	const drawnTo = mapPosition((1 + VIEWS_DRAWN_AROUND) * width, laidOut, current);
	return drawnFrom > -width / 4 || drawnTo < width * 1.25;
}

/**
 * Whether zooming from `laidOut` to `current` has squeezed a layout's marks closer than
 * `minStretch` times or spread them further than `maxStretch` times their laid-out spacing.
 * @example stretchedPast({ k: 2, t: 0 }, { k: 7, t: 0 }, 1 / 3, 3) // => true
 */
export function stretchedPast(laidOut: ZoomTransform, current: ZoomTransform, minStretch: number, maxStretch: number): boolean {
	const stretch = current.k / laidOut.k;
	return stretch < minStretch || stretch > maxStretch;
}

/**
 * How far a gesture's sketch may squeeze or spread its layout before laying it out again. The
 * sketch lays out the whole story (it draws no marks), so only crowding or opening clusters
 * call for it: a third either way.
 */
export const SKETCH_STRETCH = [1 / 3, 3] as const;

/**
 * How long a settled gesture must rest before the stage's marks are laid out and shown again
 * in place of the sketch drawn during it: a reader who zooms again at once keeps the sketch.
 */
export const SETTLE_PAUSE_MS = 120;
