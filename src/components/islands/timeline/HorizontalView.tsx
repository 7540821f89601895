/**
 * The wide view: phase bands, the time axis, a row of dots and titled cards in lanes, all
 * positioned from the layout. Marks come first in the DOM (the Tab order), bands after.
 */
import type { StageDimensions } from '../../../lib/timeline/dimensions';
import { stageRows } from '../../../lib/timeline/dimensions';
import { bandLabelPosition, type HorizontalLayout } from '../../../lib/timeline/layout';
import type { TimelineMark } from '../../../lib/timeline/marks';
import type { ZoomTransform } from '../../../lib/timeline/types';
import { mapPosition } from '../../../lib/timeline/zoom';
import MarkCard from './MarkCard';

export interface MarkProps {
	/** Key of the mark in the Tab order. */
	tabKey: string | undefined;
	/** The open event. */
	openId: string | undefined;
	registerMark: (key: string) => (element: HTMLElement | null) => void;
	onActivate: (mark: TimelineMark) => void;
	onFocusMark: (mark: TimelineMark) => void;
}

interface Props extends MarkProps {
	layout: HorizontalLayout;
	dims: StageDimensions;
	/** The zoom transform the layout was made with. */
	laidOut: ZoomTransform;
	/** The zoom transform to draw at: ahead of `laidOut` while a zoom gesture is under way. */
	transform: ZoomTransform;
	width: number;
	onZoomToPhase: ((phaseId: string) => void) | undefined;
}

export default function HorizontalView({ layout, dims, laidOut, transform, width, tabKey, openId, registerMark, onActivate, onFocusMark, onZoomToPhase }: Props) {
	const rows = stageRows(layout.bandRows, dims);
	// Marks and ticks sit in a layer translated by the pan, at positions that only change when
	// the zoom does: a drag then moves one composited layer instead of repainting every card.
	const pan = Math.round(transform.t);
	const inView = (position: number) => mapPosition(position, laidOut, transform);
	const inContent = (position: number) => Math.round(inView(position) - transform.t);
	const stretch = transform.k / laidOut.k;
	// Only marks near the view are drawn; the tabbable one always is, so Tab can reach it.
	const shown = layout.marks.filter((mark) => {
		const x = inView(mark.x);
		return mark.key === tabKey || (x > -dims.cardWidth - 40 && x < width + 40);
	});
	const bandTop = (row: number) => row * (dims.bandHeight + dims.bandGap);
	return (
		<>
			<div className="tl-axis" style={{ top: rows.axis }} aria-hidden="true">
				<div className="tl-pan" style={{ transform: `translateX(${pan}px)` }}>
					{layout.ticks.map((tick) => (
						<span key={tick.value} className={tick.major ? 'tl-tick tl-tick--major' : 'tl-tick'} style={{ transform: `translateX(${inContent(tick.position)}px)` }}>
							{tick.label}
						</span>
					))}
					{shown.map((mark) =>
						mark.shape === 'card' ? (
							<span
								key={mark.key}
								className="tl-span"
								data-kind={mark.events[0]!.kind}
								style={{ left: inContent(mark.position), width: Math.max(4, Math.round((mark.endPosition - mark.position) * stretch)) }}
							/>
						) : null,
					)}
				</div>
			</div>
			{/* Stems drop from each card's date; a card moved off its date gets a leader along the gap above it. Drawn under every card. */}
			<div className="tl-pan" style={{ transform: `translateX(${pan}px)` }} aria-hidden="true">
				{shown.map((mark) => {
					if (mark.shape !== 'card') return null;
					const anchor = inContent(mark.position);
					const x = inContent(mark.x);
					const top = rows.lanes + mark.lane * (dims.cardHeight + dims.gap);
					const junction = Math.min(Math.max(anchor, x + 12), x + dims.cardWidth - 12);
					return (
						<span key={mark.key} className="tl-stem" style={{ transform: `translate(${Math.min(anchor, junction)}px, ${rows.dots}px)`, width: Math.abs(anchor - junction), height: top - rows.dots - dims.gap / 2 }} data-side={anchor < junction ? 'left' : 'right'} />
					);
				})}
			</div>
			<ol className="tl-marks tl-pan" data-marks aria-label="Events in date order" style={{ transform: `translateX(${pan}px)` }}>
				{shown.map((mark) => {
					const card = mark.shape === 'card';
					const x = inContent(mark.x);
					const top = card ? rows.lanes + mark.lane * (dims.cardHeight + dims.gap) : rows.dots;
					return (
						<li
							key={mark.key}
							className={card ? 'tl-mark' : 'tl-mark tl-mark--dot'}
							style={{
								transform: `translate(${x}px, ${top}px)`,
							}}
						>
							<MarkCard
								mark={mark}
								tabbable={mark.key === tabKey}
								current={mark.events.some((event) => event.id === openId)}
								buttonRef={registerMark(mark.key)}
								onActivate={onActivate}
								onFocus={onFocusMark}
							/>
						</li>
					);
				})}
			</ol>
			<div className="tl-bands">
				{layout.bands.map((band) => {
					const bandFrom = inView(band.from);
					const bandTo = inView(band.to);
					const from = Math.max(bandFrom, -4);
					const to = Math.min(bandTo, width + 4);
					if (to <= 0 || from >= width) return null;
					const style = { left: from, width: Math.max(to - from, 2), top: bandTop(band.row), background: `var(--phase-${band.phase.order})` };
					const label = (
						<span className="tl-band__label" style={{ paddingLeft: Math.max(0, bandLabelPosition(bandFrom, bandTo) - from) + 6 }}>
							{onZoomToPhase && <span className="visually-hidden">Zoom to phase: </span>}
							<strong>{band.phase.shortTitle}</strong> · {band.phase.commissioner}
						</span>
					);
					return onZoomToPhase ? (
						<button key={band.phase.id} type="button" className="tl-band" data-phase={band.phase.id} style={style} onClick={() => onZoomToPhase(band.phase.id)}>
							{label}
						</button>
					) : (
						<div key={band.phase.id} className="tl-band" data-phase={band.phase.id} style={style}>
							{label}
						</div>
					);
				})}
			</div>
		</>
	);
}
