/**
 * d3-zoom bound to the stage (wheel, pinch, drag). Kept in its own module so that it and its
 * dependencies (d3-selection, d3-transition, d3-interpolate…) load on the reader's first
 * gesture rather than with the page: use-zoom imports this module on demand.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { ZoomLimits } from '../../../lib/timeline/zoom';
import type { ZoomTransform } from '../../../lib/timeline/types';

export interface BoundZoom {
	/** Moves the view to a transform (d3-zoom reports it with no source event: settled). */
	transformTo: (transform: ZoomTransform) => void;
	unbind: () => void;
}

/**
 * Binds zoom gestures to `element`, starting from `initial`; `constrain` keeps each transform
 * in bounds (lib/timeline/zoom.ts's clampTransform, passed in so this module imports no code
 * the page already has). `onZoom` hears each transform with whether it is settled: a gesture
 * is unsettled until d3-zoom's 'end'; a transform set by transformTo has no source event and
 * is settled at once.
 */
export function bindZoom(
	element: HTMLElement,
	options: {
		limits: ZoomLimits;
		initial: ZoomTransform;
		constrain: (transform: ZoomTransform) => ZoomTransform;
		onZoom: (transform: ZoomTransform, settled: boolean) => void;
	},
): BoundZoom {
	const { limits, initial, constrain, onZoom } = options;
	const toD3 = ({ k, t }: ZoomTransform) => zoomIdentity.translate(t, 0).scale(k);
	const behaviour = zoom<HTMLElement, unknown>()
		.scaleExtent([limits.minK, limits.maxK])
		.constrain((transform) => toD3(constrain({ k: transform.k, t: transform.x })))
		// Gestures that start on the details panel or a band's button are theirs, not the map's.
		.filter((event: Event & { button?: number; ctrlKey?: boolean }) => {
			const target = event.target as Element | null;
			if (target?.closest('[data-no-zoom]')) return false;
			return (!event.ctrlKey || event.type === 'wheel') && !event.button;
		});
	const selection = select(element);
	// d3-zoom keeps the transform on the element: start it where the view already is, silently.
	behaviour.transform(selection, toD3(initial));
	behaviour
		.on('zoom', (event: { transform: { k: number; x: number }; sourceEvent: Event | null }) => onZoom({ k: event.transform.k, t: event.transform.x }, !event.sourceEvent))
		.on('end', (event: { transform: { k: number; x: number } }) => onZoom({ k: event.transform.k, t: event.transform.x }, true));
	selection.call(behaviour).on('dblclick.zoom', null);
	return {
		transformTo: (transform) => selection.call(behaviour.transform, toD3(transform)),
		unbind: () => selection.on('.zoom', null),
	};
}
