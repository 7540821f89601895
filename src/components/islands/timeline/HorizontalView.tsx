/** The wide view: phase bands, the time axis and event cards in lanes, positioned from the layout. */
import { bandLabelPosition, type HorizontalLayout } from '../../../lib/timeline/layout';
import type { TimelineMark } from '../../../lib/timeline/marks';
import type { ZoomTransform } from '../../../lib/timeline/types';
import { mapPosition } from '../../../lib/timeline/zoom';
import MarkCard from './MarkCard';

export const CARD_WIDTH = 176;
export const CARD_HEIGHT = 68;
export const GAP = 8;
export const LANES = 4;
export const BAND_HEIGHT = 44;
export const AXIS_HEIGHT = 32;

/** The stage height for a number of band rows: fixed, so the page can reserve it before hydration. */
export function stageHeight(bandRows: number): number {
	return Math.max(1, bandRows) * (BAND_HEIGHT + 4) + AXIS_HEIGHT + LANES * (CARD_HEIGHT + GAP) + GAP;
}

interface Props {
	layout: HorizontalLayout;
	/** The zoom transform the layout was made with. */
	laidOut: ZoomTransform;
	/** The zoom transform to draw at: ahead of `laidOut` while a zoom gesture is under way. */
	transform: ZoomTransform;
	width: number;
	tabIndex: number;
	selectedId: string | undefined;
	registerMark: (key: string) => (element: HTMLButtonElement | null) => void;
	onActivate: (mark: TimelineMark) => void;
	onFocusMark: (mark: TimelineMark) => void;
	onZoomToPhase: (phaseId: string) => void;
}

export default function HorizontalView({ layout, laidOut, transform, width, tabIndex, selectedId, registerMark, onActivate, onFocusMark, onZoomToPhase }: Props) {
	const bandsHeight = Math.max(1, layout.bandRows) * (BAND_HEIGHT + 4);
	// Marks and ticks sit in a layer translated by the pan, at positions that only change when
	// the zoom does: a drag then moves one composited layer instead of repainting every card.
	// Positions come from the layout made at `laidOut`, mapped to where they are now.
	const pan = Math.round(transform.t);
	const inView = (position: number) => mapPosition(position, laidOut, transform);
	const inContent = (position: number) => Math.round(inView(position) - transform.t);
	const stretch = transform.k / laidOut.k;
	const axisTop = bandsHeight;
	const lanesTop = axisTop + AXIS_HEIGHT;
	// Only cards near the view are drawn; the tabbable card always is, so Tab can reach it.
	const shown = layout.marks
		.map((mark, index) => ({ mark, index }))
		.filter(({ mark, index }) => {
			const position = inView(mark.position);
			return index === tabIndex || (position > -CARD_WIDTH - 40 && position < width + 40);
		});
	return (
		<>
			<div className="tl-bands">
				{layout.bands.map((band) => {
					const bandFrom = inView(band.from);
					const bandTo = inView(band.to);
					const from = Math.max(bandFrom, -4);
					const to = Math.min(bandTo, width + 4);
					if (to <= 0 || from >= width) return null;
					return (
						<button
							key={band.phase.id}
							type="button"
							className="tl-band"
							data-phase-index={band.phase.id}
							style={{ left: from, width: Math.max(to - from, 2), top: band.row * (BAND_HEIGHT + 4), background: `var(--phase-${band.phase.order})` }}
							onClick={() => onZoomToPhase(band.phase.id)}
						>
							<span className="tl-band__label" style={{ paddingLeft: Math.max(0, bandLabelPosition(bandFrom, bandTo) - from) + 6 }}>
								<span className="visually-hidden">Zoom to phase: </span>
								<strong>{band.phase.shortTitle}</strong> · {band.phase.commissioner}
							</span>
						</button>
					);
				})}
			</div>
			<div className="tl-axis" style={{ top: axisTop }} aria-hidden="true">
				<div className="tl-pan" style={{ transform: `translateX(${pan}px)` }}>
					{layout.ticks.map((tick) => (
						<span key={tick.value} className={tick.major ? 'tl-tick tl-tick--major' : 'tl-tick'} style={{ transform: `translateX(${inContent(tick.position)}px)` }}>
							{tick.label}
						</span>
					))}
					{shown.map(({ mark }) => (
						<span
							key={mark.key}
							className="tl-span"
							data-kind={mark.type === 'event' ? mark.events[0]!.kind : undefined}
							style={{ left: inContent(mark.position), width: Math.max(6, Math.round((mark.endPosition - mark.position) * stretch)) }}
						/>
					))}
				</div>
			</div>
			<ol className="tl-marks tl-pan" aria-label="Events in date order" style={{ top: lanesTop, transform: `translateX(${pan}px)` }}>
				{shown.map(({ mark, index }) => (
					<li
						key={mark.key}
						className="tl-mark"
						style={{ transform: `translate(${inContent(mark.position)}px, ${mark.lane * (CARD_HEIGHT + GAP)}px)`, width: CARD_WIDTH, height: CARD_HEIGHT, ['--stem' as string]: `${mark.lane * (CARD_HEIGHT + GAP) + AXIS_HEIGHT / 2}px` }}
					>
						<MarkCard
							mark={mark}
							tabbable={index === tabIndex}
							selected={mark.events.some((event) => event.id === selectedId)}
							buttonRef={registerMark(mark.key)}
							onActivate={onActivate}
							onFocus={onFocusMark}
						/>
					</li>
				))}
			</ol>
		</>
	);
}
