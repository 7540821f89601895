/**
 * Zoom gestures on the stage, reported once per frame; the arithmetic lives in
 * lib/timeline/zoom.ts and the gesture handling in ./zoom-behaviour.ts (d3-zoom), which loads
 * with the rest of the gesture code (./gesture-code.ts) when the reader first points at,
 * touches or scrolls the stage: a reader who never zooms never downloads it. Buttons and keys
 * zoom without it. Only the time axis zooms.
 */
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import { IDENTITY, clampTransform, type ZoomLimits } from '../../../lib/timeline/zoom';
import type { ZoomTransform } from '../../../lib/timeline/types';
import { gestureCodeRequested, loadGestureCode } from './gesture-code';
import type { BoundZoom } from './zoom-behaviour';

export interface Zoomer {
	/** Moves the view to a transform (onChange hears of it on the next frame). */
	apply: (transform: ZoomTransform) => void;
	/** The latest transform, which may be ahead of the one last drawn. */
	current: () => ZoomTransform;
}

/** Events that show the reader is about to zoom or pan: the gesture code starts loading. */
const INTENT_EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin'] as const;
/** Gestures that may arrive before it has loaded: held, and handed to d3-zoom once bound. */
const EARLY_GESTURES = ['wheel', 'mousedown'] as const;

/** Binds zoom gestures to the element while `width` is set; see Zoomer. */
export function useZoom(
	ref: RefObject<HTMLElement | null>,
	width: number | undefined,
	limits: ZoomLimits,
	onChange: (transform: ZoomTransform, settled: boolean) => void,
): Zoomer {
	const bound = useRef<BoundZoom | null>(null);
	const report = useRef(onChange);
	report.current = onChange;
	// Keys pressed faster than frames are drawn must build on each other, not on the last frame.
	const latest = useRef<ZoomTransform>(IDENTITY);

	useEffect(() => {
		const element = ref.current;
		if (!element || !width) return;
		let pending: { transform: ZoomTransform; settled: boolean } | undefined;
		let frame = 0;
		let active = true;
		// Wheels and trackpads can fire several times a frame: draw once per frame.
		const schedule = (transform: ZoomTransform, settled: boolean) => {
			latest.current = transform;
			pending = { transform, settled };
			frame ||= requestAnimationFrame(() => {
				frame = 0;
				const next = pending;
				pending = undefined;
				if (next) report.current(next.transform, next.settled);
			});
		};
		const held: Event[] = [];
		const bind = () =>
			loadGestureCode().then(({ bindZoom }) => {
				if (!active || bound.current) return;
				bound.current = bindZoom(element, { limits, initial: latest.current, constrain: (transform) => clampTransform(transform, width, limits), onZoom: schedule });
				for (const event of held.splice(0)) {
					const Copy = event instanceof WheelEvent ? WheelEvent : MouseEvent;
					event.target?.dispatchEvent(new Copy(event.type, event as MouseEventInit));
				}
			});
		const hold = (event: Event) => {
			if (bound.current) return;
			if (event.type === 'wheel') event.preventDefault();
			held.push(event);
			void bind();
		};
		for (const type of INTENT_EVENTS) element.addEventListener(type, bind, { once: true, passive: true });
		for (const type of EARLY_GESTURES) element.addEventListener(type, hold, { passive: false });
		// After a resize the behaviour is rebound at once if it has loaded before.
		if (gestureCodeRequested()) void bind();
		return () => {
			active = false;
			cancelAnimationFrame(frame);
			for (const type of INTENT_EVENTS) element.removeEventListener(type, bind);
			for (const type of EARLY_GESTURES) element.removeEventListener(type, hold);
			bound.current?.unbind();
			bound.current = null;
		};
	}, [ref, width, limits]);

	const apply = useCallback((next: ZoomTransform) => {
		latest.current = next;
		if (bound.current) bound.current.transformTo(next);
		else report.current(next, true);
	}, []);
	const current = useCallback(() => latest.current, []);
	return useMemo(() => ({ apply, current }), [apply, current]);
}
