/**
 * The narrow view: time runs down a scrolling column with year labels and phase strips in a
 * gutter. Reading is scrolling, as on any phone page; zoom spreads the years apart.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { TimelineMark } from '../../../lib/timeline/marks';
import type { VerticalLayout } from '../../../lib/timeline/vertical';
import MarkCard from './MarkCard';

export const V_CARD_HEIGHT = 76;
export const V_HEADING_HEIGHT = 52;
export const V_GAP = 8;
export const V_PX_PER_YEAR = 120;
const GUTTER_STRIP = 8;

interface Props {
	layout: VerticalLayout;
	tabIndex: number;
	selectedId: string | undefined;
	/** A phase to scroll to (its heading to the top), set by "zoom to phase". */
	scrollToPhase: string | undefined;
	onScrolledToPhase: () => void;
	onZoomToPhase: (phaseId: string) => void;
	registerMark: (key: string) => (element: HTMLButtonElement | null) => void;
	onActivate: (mark: TimelineMark) => void;
	onFocusMark: (mark: TimelineMark) => void;
}

export default function VerticalView({ layout, tabIndex, selectedId, scrollToPhase, onScrolledToPhase, onZoomToPhase, registerMark, onActivate, onFocusMark }: Props) {
	const scroller = useRef<HTMLDivElement>(null);
	const [view, setView] = useState({ top: 0, height: 800 });
	const previousHeight = useRef(layout.height);

	// Zooming changes the column's height: keep the middle of the view on the same moment.
	useLayoutEffect(() => {
		const element = scroller.current;
		if (!element) return;
		const before = previousHeight.current;
		if (before !== layout.height && before > 0) {
			const middle = element.scrollTop + element.clientHeight / 2;
			element.scrollTop = (middle * layout.height) / before - element.clientHeight / 2;
		}
		previousHeight.current = layout.height;
		setView({ top: element.scrollTop, height: element.clientHeight });
	}, [layout.height]);

	useLayoutEffect(() => {
		if (!scrollToPhase) return;
		const row = layout.rows.find((item) => item.key === `phase-${scrollToPhase}`);
		if (row && scroller.current) scroller.current.scrollTop = row.y;
		onScrolledToPhase();
	}, [scrollToPhase, layout.rows, onScrolledToPhase]);

	const gutter = layout.bandColumns * GUTTER_STRIP + 48;
	const markIndex = new Map(layout.marks.map((mark, index) => [mark.key, index]));
	// Only rows near the view are drawn (1,000 events stay cheap); the tabbable mark always is.
	const margin = view.height;
	const shown = layout.rows.filter((row) => {
		if (row.type === 'mark' && markIndex.get(row.key) === tabIndex) return true;
		return row.y + row.height > view.top - margin && row.y < view.top + view.height + margin;
	});

	return (
		<div
			className="tl-scroller"
			ref={scroller}
			onScroll={(event) => setView({ top: event.currentTarget.scrollTop, height: event.currentTarget.clientHeight })}
		>
			<div className="tl-column" style={{ height: layout.height, ['--gutter' as string]: `${gutter}px` }}>
				<div className="tl-gutter" aria-hidden="true">
					{layout.bands.map((band) => (
						<span
							key={band.phase.id}
							className="tl-strip"
							data-phase={band.phase.id}
							style={{ top: band.from, height: Math.max(4, band.to - band.from), left: band.column * GUTTER_STRIP, background: `var(--phase-${band.phase.order})` }}
						/>
					))}
					{layout.ticks.map((tick) => (
						<span key={tick.value} className="tl-vtick" style={{ top: tick.position, left: layout.bandColumns * GUTTER_STRIP + 4 }}>
							{tick.label}
						</span>
					))}
				</div>
				<div>
					{shown.map((row) =>
						row.type === 'phase' ? (
							<button
								key={row.key}
								type="button"
								className="tl-vphase"
								data-phase={row.phase.id}
								style={{ top: row.y, height: row.height, background: `var(--phase-${row.phase.order})` }}
								onClick={() => onZoomToPhase(row.phase.id)}
							>
								<span className="visually-hidden">Zoom to phase: </span>
								<strong>{row.phase.shortTitle}</strong>
								<span>Commissioner: {row.phase.commissioner}</span>
							</button>
						) : null,
					)}
				</div>
				<ol className="tl-vmarks" aria-label="Events in date order">
					{shown.map((row) =>
						row.type === 'mark' ? (
							<li key={row.key} className="tl-vmark" style={{ top: row.y, height: row.height }}>
								<MarkCard
									mark={row.mark}
									tabbable={markIndex.get(row.key) === tabIndex}
									selected={row.mark.events.some((event) => event.id === selectedId)}
									buttonRef={registerMark(row.key)}
									onActivate={onActivate}
									onFocus={onFocusMark}
								/>
							</li>
						) : null,
					)}
				</ol>
			</div>
		</div>
	);
}
