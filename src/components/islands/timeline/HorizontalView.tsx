/**
 * The wide view: phase bands, the time axis, a row of dots and titled cards in lanes, all
 * positioned from the layout. Marks come first in the DOM (the Tab order), bands after.
 *
 * React renders which parts there are; `paint` (exposed through `painter`, called after every
 * commit and on every zoom or pan frame) places them at the live transform by writing each
 * part's inline position. A gesture thus moves the drawn layout without rendering, and a
 * frame writes only what moved and can be seen. Positions come from lib/timeline (mapPosition,
 * stemSpan, bandBox).
 */
import { useImperativeHandle, useRef, type Ref } from 'react';
import type { StageDimensions } from '../../../lib/timeline/dimensions';
import { stageRows } from '../../../lib/timeline/dimensions';
import { bandBox, stemSpan, type HorizontalLayout } from '../../../lib/timeline/layout';
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

/** Moves the drawn layout to a transform ahead of the one it was made at. */
export interface StagePainter {
	paint: (transform: ZoomTransform) => void;
}

interface Props extends MarkProps {
	layout: HorizontalLayout;
	dims: StageDimensions;
	/** The zoom transform the layout was made with. */
	laidOut: ZoomTransform;
	width: number;
	/** How many views either side of the view (at `laidOut`) to draw (see DRAWING_STEPS). */
	viewsAround: number;
	onZoomToPhase: ((phaseId: string) => void) | undefined;
	painter?: Ref<StagePainter>;
}

/** Where a part of the stage goes: its extent along the view and the inline styles that put it there. */
interface Placement {
	left: number;
	width: number;
	styles: Partial<Record<'transform' | 'width', string>>;
	/** A stem's side (see stemSpan). */
	side?: 'left' | 'right';
}

export default function HorizontalView({ layout, dims, laidOut, width, viewsAround, tabKey, openId, registerMark, onActivate, onFocusMark, onZoomToPhase, painter }: Props) {
	const rows = stageRows(layout.bandRows, dims);
	// Marks and ticks within `viewsAround` views either side are drawn, so a gesture finds them
	// there until the layout is remade; the tabbable mark always is, so Tab can reach it.
	const around = viewsAround * width;
	const shown = layout.marks.filter((mark) => mark.key === tabKey || (mark.x > -around - dims.cardWidth && mark.x < width + around));
	const ticks = layout.ticks.filter((tick) => tick.position > -around && tick.position < width + around);
	const cards = shown.filter((mark) => mark.shape === 'card');
	const markTop = (mark: TimelineMark) => (mark.shape === 'card' ? rows.lanes + mark.lane * (dims.cardHeight + dims.gap) : rows.dots);
	const bandTop = (row: number) => row * (dims.bandHeight + dims.bandGap);

	// The layers whose children `paint` places, in the order each layer renders them.
	const layers = { ticks: useRef<HTMLDivElement>(null), spans: useRef<HTMLDivElement>(null), stems: useRef<HTMLDivElement>(null), marks: useRef<HTMLOListElement>(null), bands: useRef<HTMLDivElement>(null) };
	// Where each part was last placed: a part that was and stays out of view is left alone.
	const written = useRef(new WeakMap<HTMLElement, Placement & { style: string }>());
	useImperativeHandle(
		painter,
		() => ({
			paint(transform) {
				const x = (position: number) => Math.round(mapPosition(position, laidOut, transform) - transform.t);
				const pan = Math.round(transform.t);
				const stretch = transform.k / laidOut.k;
				/** Whether a part placed so would show in the view (with a margin) at this pan. */
				const seen = ({ left, width: extent }: Placement) => left + pan < width + 64 && left + extent + pan > -64;
				/** Places a layer's parts; `box` gives each part's extent (to tell if it can be seen) and styles. */
				const place = <T,>(layer: HTMLElement | null, items: readonly T[], box: (item: T) => Placement) => {
					if (!layer) return;
					layer.style.transform = `translateX(${pan}px)`;
					items.forEach((item, index) => {
						const element = layer.children[index] as HTMLElement;
						const placement = box(item);
						const last = written.current.get(element);
						if (last && !seen(last) && !seen(placement)) return;
						const { styles, side } = placement;
						const style = Object.values(styles).join() + (side ?? '');
						if (last?.style !== style) {
							Object.assign(element.style, styles);
							if (side) element.dataset.side = side;
						}
						written.current.set(element, { ...placement, style });
					});
				};
				place(layers.ticks.current, ticks, (tick) => ({ left: x(tick.position), width: 80, styles: { transform: `translateX(${x(tick.position)}px)` } }));
				place(layers.spans.current, cards, (mark) => {
					const length = Math.max(4, Math.round((mark.endPosition - mark.position) * stretch));
					return { left: x(mark.position), width: length, styles: { transform: `translateX(${x(mark.position)}px)`, width: `${length}px` } };
				});
				place(layers.stems.current, cards, (mark) => {
					const stem = stemSpan(x(mark.position), x(mark.x), dims.cardWidth);
					return { left: stem.left, width: stem.width, styles: { transform: `translateX(${stem.left}px)`, width: `${stem.width}px` }, side: stem.side };
				});
				place(layers.marks.current, shown, (mark) => {
					const card = mark.shape === 'card';
					return { left: card ? x(mark.x) : x(mark.x) - 13, width: card ? dims.cardWidth : 26, styles: { transform: `translate(${x(mark.x)}px, ${markTop(mark)}px)` } };
				});
				// Bands are placed in the view itself (not a panned layer): each is clipped to it.
				layout.bands.forEach((band, index) => {
					const element = layers.bands.current?.children[index] as HTMLElement | undefined;
					if (!element) return;
					const nextFrom = band.nextFrom === undefined ? undefined : mapPosition(band.nextFrom, laidOut, transform);
					const box = bandBox(mapPosition(band.from, laidOut, transform), mapPosition(band.to, laidOut, transform), width, nextFrom);
					element.style.left = `${Math.round(box.left)}px`;
					element.style.width = `${Math.round(box.width)}px`;
					const label = element.firstElementChild as HTMLElement;
					label.style.paddingLeft = `${Math.round(box.labelOffset)}px`;
					label.style.width = `${Math.round(box.labelWidth)}px`;
				});
			},
		}),
		// Made anew each render: it must place exactly the parts this render drew.
	);

	return (
		<>
			<div className="tl-axis" style={{ top: rows.axis }} aria-hidden="true">
				<div className="tl-pan" ref={layers.ticks}>
					{ticks.map((tick) => (
						<span key={tick.value} className={tick.major ? 'tl-tick tl-tick--major' : 'tl-tick'}>
							{tick.label}
						</span>
					))}
				</div>
				<div className="tl-pan" ref={layers.spans}>
					{cards.map((mark) => (
						<span key={mark.key} className="tl-span" data-kind={mark.events[0]!.kind} />
					))}
				</div>
			</div>
			{/* Stems drop from each card's date; a card moved off its date gets a leader along the gap above it. Drawn under every card. */}
			<div className="tl-pan" ref={layers.stems} aria-hidden="true">
				{cards.map((mark) => (
					<span key={mark.key} className="tl-stem" style={{ top: rows.dots, height: markTop(mark) - rows.dots - dims.gap / 2 }} />
				))}
			</div>
			<ol className="tl-marks tl-pan" ref={layers.marks} data-marks aria-label="Events in date order">
				{shown.map((mark) => (
					<li key={mark.key} className={mark.shape === 'card' ? 'tl-mark' : 'tl-mark tl-mark--dot'}>
						<MarkCard
							mark={mark}
							tabbable={mark.key === tabKey}
							current={mark.events.some((event) => event.id === openId)}
							buttonRef={registerMark(mark.key)}
							onActivate={onActivate}
							onFocus={onFocusMark}
						/>
					</li>
				))}
			</ol>
			<div className="tl-bands" ref={layers.bands}>
				{layout.bands.map((band) => {
					const style = { top: bandTop(band.row), background: `var(--phase-${band.phase.order})` };
					const label = (
						<span className="tl-band__label">
							{onZoomToPhase && <span className="visually-hidden">Zoom to phase: </span>}
							<strong className="tl-drop-whole">{band.phase.shortTitle}</strong>
							<span className="tl-drop-whole"> · {band.phase.commissioner}</span>
						</span>
					);
					// A band out of view stays drawn (a gesture may bring it in) but out of the Tab order.
					const inView = band.to > 0 && band.from < width;
					return onZoomToPhase ? (
						<button key={band.phase.id} type="button" className="tl-band" data-phase={band.phase.id} style={style} tabIndex={inView ? undefined : -1} onClick={() => onZoomToPhase(band.phase.id)}>
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
