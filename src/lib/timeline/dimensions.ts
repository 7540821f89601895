/**
 * Every size the timeline reserves, in one place: the layouts compute with these numbers,
 * the views draw with them (as custom properties) and the tests import them, so nothing is
 * copied. A card holds a meta line and a title of up to four lines of 13 px text.
 */
export interface StageDimensions {
	/** Width of an event card. */
	cardWidth: number;
	cardHeight: number;
	/** Space between cards, and between a lane and the next. */
	gap: number;
	/** Rows of cards below the axis; 0 draws every event as a dot (the embed's strip). */
	lanes: number;
	/** How far left of its date a card may sit; a leader joins it to its date. */
	maxShiftLeft: number;
	/** How far right of its date a card may sit. */
	maxShiftRight: number;
	bandHeight: number;
	/** Space between band rows. */
	bandGap: number;
	axisHeight: number;
	/** The row of dots for events without a card. */
	dotRowHeight: number;
	/** A dot's target: a square this wide, centred on its date. */
	dotTarget: number;
	/** Least distance between dots' centres; closer dots merge into one. */
	dotGap: number;
}

/** The wide timeline on /timeline/. */
export const WIDE: StageDimensions = {
	cardWidth: 184,
	cardHeight: 86,
	gap: 8,
	lanes: 4,
	maxShiftLeft: 240,
	maxShiftRight: 120,
	bandHeight: 28,
	bandGap: 3,
	axisHeight: 28,
	dotRowHeight: 32,
	dotTarget: 26,
	dotGap: 26,
};

/** The embed's strip: bands, axis and a dot per event; the story panel below carries the text. */
export const STRIP: StageDimensions = { ...WIDE, lanes: 0 };

/**
 * Same breakpoint as timeline.css: narrower than this the timeline runs down the page. The
 * wide stage is drawn only where the page has its full width (--page-width, 74rem, plus its
 * margins), so it is always as wide as WIDE_STAGE_WIDTH: narrower, its four lanes could not
 * title every key event.
 */
export const NARROW_QUERY = '(max-width: 79.99rem)';

/**
 * Pixels kept free at each end of the time axis: half a cluster's 22 px dot and the 5 px ring
 * around the current one (timeline.css).
 */
export const EDGE_ROOM = 16;

/** Room a tick's label takes right of the tick: a year in the axis's bold 13 px text and its 4 px indent. */
export const TICK_LABEL_ROOM = 40;

/** The wide stage's inner width: the page's full width (74rem) less the stage's 1 px borders. */
export const WIDE_STAGE_WIDTH = 74 * 16 - 2;

/** Top of each part of the stage, for a number of band rows. */
export function stageRows(bandRows: number, dims: StageDimensions) {
	const bands = Math.max(1, bandRows) * (dims.bandHeight + dims.bandGap);
	const axis = bands;
	const dots = axis + dims.axisHeight;
	const lanes = dots + dims.dotRowHeight;
	const height = lanes + dims.lanes * (dims.cardHeight + dims.gap) + dims.gap;
	return { axis, dots, lanes, height };
}

/** The stage's height: fixed per band-row count, so the page reserves it before hydration. */
export function stageHeight(bandRows: number, dims: StageDimensions): number {
	return stageRows(bandRows, dims).height;
}
