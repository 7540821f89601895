/**
 * The time scale: UTC milliseconds → pixels, before and after zooming. A linear map is all
 * the timeline needs; d3-scale's scaleLinear would add about 7 KB gzipped to the page
 * (number formatting and interpolators come with it) for the same two lines of arithmetic.
 */
import type { ZoomTransform } from './types';
import { DAY_MS } from '../time';
import { EDGE_ROOM } from './dimensions';

/** Whole story when there is nothing to show: keeps the axis meaningful for an empty timeline. */
const FALLBACK: [number, number] = [Date.UTC(2006, 0, 1), Date.UTC(2023, 0, 1)];

/** A linear map from time (UTC ms) to pixels, with its inverse. */
export interface TimeScale {
	(value: number): number;
	invert(position: number): number;
}

/**
 * The time span to draw: every event and phase, padded by 3% (at least 60 days) each side
 * so that marks at the ends are not cut off; when drawn `length` pixels long, by at least
 * EDGE_ROOM pixels (3% of a 250 px strip is under 8 px, which cut the first dot in half).
 */
export function timeDomain(spans: readonly { start: number; end: number }[], length?: number): [number, number] {
	if (spans.length === 0) return FALLBACK;
	let min = Infinity;
	let max = -Infinity;
	for (const span of spans) {
		min = Math.min(min, span.start);
		max = Math.max(max, span.end);
	}
	const room = length && length > 4 * EDGE_ROOM ? ((max - min) * EDGE_ROOM) / (length - 2 * EDGE_ROOM) : 0;
	const pad = Math.max((max - min) * 0.03, 60 * DAY_MS, room);
	return [min - pad, max + pad];
}

/** A scale from the time domain to [0, length] pixels. */
export function createTimeScale([from, to]: readonly [number, number], length: number): TimeScale {
	const perMs = length / (to - from);
	const scale = (value: number) => (value - from) * perMs;
	scale.invert = (position: number) => from + position / perMs;
	return scale;
}

/** The base scale after a zoom transform: position = k × base + t (d3-zoom's rescaleX). */
export function rescale(base: TimeScale, { k, t }: ZoomTransform): TimeScale {
	const scale = (value: number) => k * base(value) + t;
	scale.invert = (position: number) => base.invert((position - t) / k);
	return scale;
}
