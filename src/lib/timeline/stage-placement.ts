/**
 * Where each part of the wide stage goes at a live zoom transform, for a layout made at
 * `laidOut`: the one set of positions that both the page's marks (HorizontalView's painter)
 * and the sketch drawn while a gesture is under way (../../components/islands/timeline/sketch.ts)
 * draw from. Whole view pixels. Ticks, spans, stems and marks are placed along layers that
 * are panned by `pan` (their `left` is relative to it); bands are placed in the view itself.
 */
import { stageRows, type StageDimensions } from './dimensions';
import { bandBox, stemSpan, type Band } from './layout';
import type { TimelineMark } from './marks';
import type { ZoomTransform } from './types';
import { mapPosition } from './zoom';

/** A dot's target sits 3 px below the top of the row of dots. */
const DOT_DROP = 3;

export interface StagePlacer {
	/** How far the panned layers are moved. */
	pan: number;
	/** A layout position (view pixels at `laidOut`) along the panned layers at the live transform. */
	x: (position: number) => number;
	/** A span's extent: from its event's start to its end, at least 4 px. */
	span: (mark: TimelineMark) => { left: number; width: number };
	/** A card's leader from its date (see stemSpan), from the row of dots down to the gap above the card. */
	stem: (mark: TimelineMark) => { left: number; width: number; side: 'left' | 'right'; anchor: number; top: number; height: number };
	/** A mark's box: a card at its lane, a dot's target centred on its date in the row of dots. */
	mark: (mark: TimelineMark) => { left: number; top: number; width: number };
	/** A band's box in the view (see bandBox) and its row's top. */
	band: (band: Band) => ReturnType<typeof bandBox> & { top: number };
}

/** Places the parts of a layout made at `laidOut` (with `bandRows` rows of bands) at `transform` in a view `width` px wide. */
export function stagePlacer(laidOut: ZoomTransform, transform: ZoomTransform, width: number, bandRows: number, dims: StageDimensions): StagePlacer {
	const rows = stageRows(bandRows, dims);
	/** The top of a mark: a card's lane, or the row of dots. */
	const markTop = (mark: TimelineMark) => (mark.shape === 'card' ? rows.lanes + mark.lane * (dims.cardHeight + dims.gap) : rows.dots);
	const x = (position: number) => Math.round(mapPosition(position, laidOut, transform) - transform.t);
	const stretch = transform.k / laidOut.k;
	const view = (position: number) => mapPosition(position, laidOut, transform);
	return {
		pan: Math.round(transform.t),
		x,
		span: (mark) => ({ left: x(mark.position), width: Math.max(4, Math.round((mark.endPosition - mark.position) * stretch)) }),
		stem: (mark) => {
			const anchor = x(mark.position);
			const top = rows.dots;
			return { ...stemSpan(anchor, x(mark.x), dims.cardWidth), anchor, top, height: markTop(mark) - top - dims.gap / 2 };
		},
		mark: (mark) =>
			mark.shape === 'card'
				? { left: x(mark.x), top: markTop(mark), width: dims.cardWidth }
				: { left: x(mark.x) - dims.dotTarget / 2, top: rows.dots + DOT_DROP, width: dims.dotTarget },
		band: (band) => ({
			...bandBox(view(band.from), view(band.to), width, band.nextFrom === undefined ? undefined : view(band.nextFrom)),
			top: band.row * (dims.bandHeight + dims.bandGap),
		}),
	};
}
