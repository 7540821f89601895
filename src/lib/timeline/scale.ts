/** The time scale: UTC milliseconds → pixels, before and after zooming. */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { ZoomTransform } from './types';

const DAY = 86_400_000;
/** Whole story when there is nothing to show: keeps the axis meaningful for an empty timeline. */
const FALLBACK: [number, number] = [Date.UTC(2006, 0, 1), Date.UTC(2023, 0, 1)];

export type TimeScale = ScaleLinear<number, number>;

/**
 * The time span to draw: every event and phase, padded by 3% (at least 60 days) each side
 * so that marks at the ends are not cut off.
 */
export function timeDomain(spans: readonly { start: number; end: number }[]): [number, number] {
	if (spans.length === 0) return FALLBACK;
	let min = Infinity;
	let max = -Infinity;
	for (const span of spans) {
		min = Math.min(min, span.start);
		max = Math.max(max, span.end);
	}
	const pad = Math.max((max - min) * 0.03, 60 * DAY);
	return [min - pad, max + pad];
}

/** A linear scale from the time domain to [0, length] pixels. */
export function createTimeScale(domain: readonly [number, number], length: number): TimeScale {
	return scaleLinear().domain(domain).range([0, length]);
}

/** The base scale after a zoom transform: position = k × base + t (d3-zoom's rescaleX). */
export function rescale(base: TimeScale, { k, t }: ZoomTransform): TimeScale {
	const range = base.range();
	return base.copy().domain(range.map((r) => base.invert((r - t) / k)));
}
