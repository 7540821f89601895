/**
 * The wide view: phase bands, the time axis, a row of dots and titled cards in lanes, all
 * positioned from the layout. Marks come first in the DOM (the Tab order), bands after.
 *
 * React renders which parts there are; `paint` (exposed through `painter`, called after every
 * commit and on every zoom or pan frame) places them at the live transform by writing each
 * part's inline position. A gesture thus moves the drawn layout without rendering, and a
 * frame writes only what moved and can be seen. Positions come from lib/timeline/stage-placement.ts.
 */
import { useImperativeHandle, useRef, type Ref } from 'react';
import type { StageDimensions } from '../../../lib/timeline/dimensions';
import { stageRows } from '../../../lib/timeline/dimensions';
import type { HorizontalLayout } from '../../../lib/timeline/layout';
import type { TimelineMark } from '../../../lib/timeline/marks';
import { EVENT_KINDS, type ZoomTransform } from '../../../lib/timeline/types';
import { stagePlacer } from '../../../lib/timeline/stage-placement';
import { loadedSketcher } from './gesture-code';
import MarkCard from './MarkCard';
import type { SketchSource } from './sketch-worker';

export interface MarkProps {
	/** Key of the mark in the Tab order. */
	tabKey: string | undefined;
	/** The open event. */
	openId: string | undefined;
	registerMark: (key: string) => (element: HTMLElement | null) => void;
	onActivate: (mark: TimelineMark) => void;
	onFocusMark: (mark: TimelineMark) => void;
}

/** Moves the drawn layout to a transform ahead of the one it was made at, or sketches the stage while a gesture is under way. */
export interface StagePainter {
	paint: (transform: ZoomTransform) => void;
	/**
	 * Sketches the stage at `transform` over the marks, which keep still under it
	 * (./sketch-client.ts; its layout is remade from `source` as the zoom needs); false,
	 * changing nothing, when it cannot (its worker has not started yet, or the reader's system
	 * forces its own colours, which a canvas ignores).
	 */
	sketch: (transform: ZoomTransform, settled: boolean, source: SketchSource) => boolean;
	/** Clears the sketch, showing the marks again (paint them first). */
	endSketch: () => void;
}

const FORCED_COLORS = '(forced-colors: active)';

interface Props extends MarkProps {
	layout: HorizontalLayout;
	dims: StageDimensions;
	/** The zoom transform the layout was made with. */
	laidOut: ZoomTransform;
	width: number;
	/** How many views either side of the view (at `laidOut`) to draw (see DRAWING_STEPS). */
	viewsAround: number;
	onZoomToPhase: ((phaseId: string) => void) | undefined;
	/** Whether gestures may sketch the stage (the wide view; the embed's strip never zooms). */
	sketchable: boolean;
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

export default function HorizontalView({ layout, dims, laidOut, width, viewsAround, tabKey, openId, registerMark, onActivate, onFocusMark, onZoomToPhase, sketchable, painter }: Props) {
	const rows = stageRows(layout.bandRows, dims);
	// Marks and ticks within `viewsAround` views either side are drawn, so a gesture finds them
	// there until the layout is remade; the tabbable mark always is, so Tab can reach it.
	const around = viewsAround * width;
	const shown = layout.marks.filter((mark) => mark.key === tabKey || (mark.x > -around - dims.cardWidth && mark.x < width + around));
	const ticks = layout.ticks.filter((tick) => tick.position > -around && tick.position < width + around);
	const cards = shown.filter((mark) => mark.shape === 'card');
	// Sizes that do not change while a gesture moves the stage, placed as the layout was made.
	const atRest = stagePlacer(laidOut, laidOut, width, layout.bandRows, dims);

	// The layers whose children `paint` places, in the order each layer renders them.
	const layers = { ticks: useRef<HTMLDivElement>(null), spans: useRef<HTMLDivElement>(null), stems: useRef<HTMLDivElement>(null), marks: useRef<HTMLOListElement>(null), bands: useRef<HTMLDivElement>(null) };
	// Where each part was last placed: a part that was and stays out of view is left alone.
	const written = useRef(new WeakMap<HTMLElement, Placement & { style: string }>());
	const canvas = useRef<HTMLCanvasElement>(null);
	useImperativeHandle(
		painter,
		() => ({
			paint(transform) {
				const at = stagePlacer(laidOut, transform, width, layout.bandRows, dims);
				/** Whether a part placed so would show in the view (with a margin) at this pan. */
				const seen = ({ left, width: extent }: Placement) => left + at.pan < width + 64 && left + extent + at.pan > -64;
				/** Places a layer's parts; `box` gives each part's extent (to tell if it can be seen) and styles. */
				const place = <T,>(layer: HTMLElement | null, items: readonly T[], box: (item: T) => Placement) => {
					if (!layer) return;
					layer.style.transform = `translateX(${at.pan}px)`;
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
				place(layers.ticks.current, ticks, (tick) => ({ left: at.x(tick.position), width: 80, styles: { transform: `translateX(${at.x(tick.position)}px)` } }));
				place(layers.spans.current, cards, (mark) => {
					const span = at.span(mark);
					return { ...span, styles: { transform: `translateX(${span.left}px)`, width: `${span.width}px` } };
				});
				place(layers.stems.current, cards, (mark) => {
					const stem = at.stem(mark);
					return { left: stem.left, width: stem.width, styles: { transform: `translateX(${stem.left}px)`, width: `${stem.width}px` }, side: stem.side };
				});
				place(layers.marks.current, shown, (mark) => {
					const box = at.mark(mark);
					return { left: box.left, width: box.width, styles: { transform: `translate(${box.left}px, ${box.top}px)` } };
				});
				// Bands are placed in the view itself (not a panned layer): each is clipped to it.
				layout.bands.forEach((band, index) => {
					const element = layers.bands.current?.children[index] as HTMLElement | undefined;
					if (!element) return;
					const box = at.band(band);
					element.style.left = `${Math.round(box.left)}px`;
					element.style.width = `${Math.round(box.width)}px`;
					const label = element.firstElementChild as HTMLElement;
					label.style.paddingLeft = `${Math.round(box.labelOffset)}px`;
					label.style.width = `${Math.round(box.labelWidth)}px`;
				});
			},
			sketch(transform, settled, source) {
				const sketcher = loadedSketcher();
				if (!sketcher?.ready() || !canvas.current) return false;
				if (!canvas.current.hasAttribute('data-sketching')) {
					const stage = canvas.current.parentElement!;
					if (matchMedia(FORCED_COLORS).matches) return false;
					// Colours are read as a gesture starts, so a change of theme between gestures is followed.
					const theme = sketcher.readTheme(stage, EVENT_KINDS, layout.bands.map((band) => band.phase.order));
					sketcher.start(canvas.current, { source, laidOut, options: { width, ratio: window.devicePixelRatio || 1, dims, theme, openId } });
					canvas.current.setAttribute('data-sketching', '');
				}
				sketcher.frame(transform, settled);
				return true;
			},
			endSketch() {
				loadedSketcher()?.end();
				canvas.current?.removeAttribute('data-sketching');
			},
		}),
		// Made anew each render: it must place exactly the parts this render drew.
	);

	return (
		<>
			{sketchable && <canvas className="tl-sketch" ref={canvas} aria-hidden="true" style={{ width, height: rows.height }} />}
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
				{cards.map((mark) => {
					const { top, height } = atRest.stem(mark);
					return <span key={mark.key} className="tl-stem" style={{ top, height }} />;
				})}
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
					const style = { top: atRest.band(band).top, background: `var(--phase-${band.phase.order})` };
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
