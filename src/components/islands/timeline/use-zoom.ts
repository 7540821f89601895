/**
 * Binds d3-zoom (wheel, pinch, drag) to an element and reports transforms; the arithmetic
 * lives in lib/timeline/zoom.ts. Only the time axis zooms: the vertical translate stays 0.
 */
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { clampTransform, IDENTITY, type ZoomLimits } from '../../../lib/timeline/zoom';
import type { ZoomTransform } from '../../../lib/timeline/types';

export interface Zoomer {
	/** Moves the view to a transform (onChange hears of it on the next frame). */
	apply: (transform: ZoomTransform) => void;
	/** The latest transform, which may be ahead of the one last drawn. */
	current: () => ZoomTransform;
}

/** Binds zoom gestures to the element while `width` is set; see Zoomer. */
export function useZoom(
	ref: RefObject<HTMLElement | null>,
	width: number | undefined,
	limits: ZoomLimits,
	onChange: (transform: ZoomTransform, settled: boolean) => void,
): Zoomer {
	const behaviour = useRef<ZoomBehavior<HTMLElement, unknown>>(null);
	const report = useRef(onChange);
	report.current = onChange;
	// Keys pressed faster than frames are drawn must build on each other, not on the last frame.
	const latest = useRef<ZoomTransform>(IDENTITY);

	useEffect(() => {
		const element = ref.current;
		if (!element || !width) return;
		const { minK, maxK } = limits;
		const bound = zoom<HTMLElement, unknown>()
			.scaleExtent([minK, maxK])
			.constrain((transform) => {
				const { k, t } = clampTransform({ k: transform.k, t: transform.x }, width, { minK, maxK });
				return zoomIdentity.translate(t, 0).scale(k);
			})
			// Gestures that start on the details panel or a band's button are theirs, not the map's.
			.filter((event: Event & { button?: number; ctrlKey?: boolean }) => {
				const target = event.target as Element | null;
				if (target?.closest('[data-no-zoom]')) return false;
				return (!event.ctrlKey || event.type === 'wheel') && !event.button;
			})
			.on('zoom', (event: { transform: { k: number; x: number }; sourceEvent: Event | null }) => {
				// A gesture (wheel, drag, pinch) is unsettled until d3-zoom's 'end'; a transform
				// set by a button or key has no source event and is settled at once.
				latest.current = { k: event.transform.k, t: event.transform.x };
				schedule(!event.sourceEvent);
			})
			.on('end', () => schedule(true));
		let pending: { transform: ZoomTransform; settled: boolean } | undefined;
		let frame = 0;
		// Wheels and trackpads can fire several times a frame: draw once per frame.
		const schedule = (settled: boolean) => {
			pending = { transform: latest.current, settled };
			frame ||= requestAnimationFrame(() => {
				frame = 0;
				if (pending) report.current(pending.transform, pending.settled);
			});
		};
		const selection = select(element).call(bound).on('dblclick.zoom', null);
		behaviour.current = bound;
		return () => {
			cancelAnimationFrame(frame);
			selection.on('.zoom', null);
			behaviour.current = null;
		};
	}, [ref, width, limits.minK, limits.maxK]);

	const apply = useCallback(
		(next: ZoomTransform) => {
			const element = ref.current;
			latest.current = next;
			if (element && behaviour.current) {
				select(element).call(behaviour.current.transform, zoomIdentity.translate(next.t, 0).scale(next.k));
			} else {
				report.current(next, true);
			}
		},
		[ref],
	);
	const current = useCallback(() => latest.current, []);
	return useMemo(() => ({ apply, current }), [apply, current]);
}
