/**
 * The interactive timeline: an island that enhances the server-rendered event list on
 * /timeline/ and stands alone in /embed/timeline/. It only renders and carries out: what the
 * reader has open lives in a pure reducer (lib/timeline/state.ts), every position comes from
 * the pure layouts in lib/timeline/, every size from lib/timeline/dimensions.ts.
 *
 * Props (plain data, projected at build time from the event view model by lib/timeline/to-items.ts):
 * - `events`: TimelineEvent[] in date order, only what is drawn (summaries, sums and sources load
 *   on first open: the page already lists every event); `phases`: bands in story order;
 *   `organisations`: what the organisation filter offers (`parent` makes a filter on a parent
 *   match its children).
 * - `initialState`: what to open with when the URL says nothing (the embed opens on the story).
 * - `mode`: 'page' (default) keeps each step in the browser's history; 'embed' keeps its state
 *   in the frame's address (never adding history entries) and opens links in a new tab.
 *
 * Views: pages at their full width get the zoomable stage with the panel over its right side;
 * phones and narrower windows (NARROW_QUERY) get the events down the page with the panel under
 * its card; the embed gets a strip of dots over the story panel, so its first screen shows an
 * event whole.
 * The root gets `data-ready` once it has read the address and drawn the real layout.
 */
import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { NARROW_QUERY, STRIP, WIDE, stageHeight } from '../../../lib/timeline/dimensions';
import { filterEvents, isUnfiltered } from '../../../lib/timeline/filter';
import { layoutFlow } from '../../../lib/timeline/flow';
import { nextFocusIndex } from '../../../lib/timeline/focus-order';
import { bandRowCount, contentLength, layoutHorizontal } from '../../../lib/timeline/layout';
import { cardMark, markIndexOf, type TimelineMark } from '../../../lib/timeline/marks';
import { createTimeScale, timeDomain } from '../../../lib/timeline/scale';
import { INITIAL_STATE, fromUrlState, toUrlState, transition, type IslandAction, type IslandState } from '../../../lib/timeline/state';
import { EMPTY_FILTERS, type TimelineEvent, type TimelineEventDetails, type TimelineOrganisation, type TimelinePhase, type TimelineState, type ZoomTransform } from '../../../lib/timeline/types';
import { DRAWING_STEPS, IDENTITY, SETTLE_PAUSE_MS, VIEWS_DRAWN_AROUND, clampTransform, mapPosition, needsRelayout, panIntoView, widerDrawing, zoomAround, zoomLimits, zoomToRange } from '../../../lib/timeline/zoom';
import FlowView from './FlowView';
import HorizontalView, { type StagePainter } from './HorizontalView';
import StoryPanel, { ClusterList } from './StoryPanel';
import TimelineControls from './TimelineControls';
import { useElementSize } from './use-element-size';
import { useEventDetails } from './use-event-details';
import { useMediaQuery } from './use-media-query';
import { useRovingFocus } from './use-roving-focus';
import { useStableCallback } from './use-stable-callback';
import { useUrlSync } from './use-url-sync';
import { useZoom } from './use-zoom';
import './timeline.css';

export interface TimelineProps {
	events: TimelineEvent[];
	phases: TimelinePhase[];
	organisations: TimelineOrganisation[];
	/** Summary, sums and sources of any event the server renders open; the rest load on first open. */
	details?: Record<string, TimelineEventDetails>;
	initialState?: TimelineState;
	mode?: 'page' | 'embed';
}

const ZOOM_STEP = 2;
/** Width of the panel over the wide stage (26rem): revealed marks stay left of it. */
const PANEL_WIDTH = 416;

const NO_DETAILS: Record<string, TimelineEventDetails> = {};

export default function Timeline({ events, phases, organisations, details = NO_DETAILS, initialState, mode = 'page' }: TimelineProps) {
	const [state, setState] = useState<IslandState>(() => (initialState ? fromUrlState(initialState) : INITIAL_STATE));
	const [announcement, setAnnouncement] = useState('');
	const [focusToken, setFocusToken] = useState(0);
	const [reveal, setReveal] = useState<{ id: string; token: number }>();
	const [filtersOpen, setFiltersOpen] = useState(false);
	// The transform the wide layout was made at: during a gesture it stays at the last settled
	// one and what is drawn only moves (HorizontalView's painter) until the gesture ends or
	// strays too far; then a new layout renders in a transition, without holding up frames.
	const [laidOut, setLaidOut] = useState<ZoomTransform>(IDENTITY);
	/** The zoom level the gesture settled at: what the zoom buttons offer. */
	const [settledK, setSettledK] = useState(IDENTITY.k);
	/** How far either side of the view the layout is drawn: a new zoom level is drawn outwards in steps. */
	const [viewsDrawn, setViewsDrawn] = useState<number>(VIEWS_DRAWN_AROUND);
	const narrowMedia = useMediaQuery(NARROW_QUERY);
	const view = mode === 'embed' ? 'strip' : narrowMedia ? 'flow' : 'wide';
	const dims = view === 'strip' ? STRIP : WIDE;
	const viewport = useRef<HTMLDivElement>(null);
	const root = useRef<HTMLDivElement>(null);
	const size = useElementSize(viewport);
	const width = view === 'flow' ? undefined : size?.width;

	const known = useMemo(
		() => ({ events: new Set(events.map((e) => e.id)), phases: new Set(phases.map((p) => p.id)), organisations: new Set(organisations.map((o) => o.id)) }),
		[events, phases, organisations],
	);
	const context = useMemo(() => ({ events, organisations }), [events, organisations]);
	const shown = useMemo(() => filterEvents(events, state.filters, organisations), [events, state.filters, organisations]);
	const length = width ? contentLength(width, dims) : undefined;
	const domain = useMemo(() => timeDomain([...events, ...phases], length), [events, phases, length]);
	const limits = useMemo(() => zoomLimits(domain), [domain]);
	const bandRows = useMemo(() => bandRowCount(phases), [phases]);

	const wide = useMemo(
		() => (width && view !== 'flow' ? layoutHorizontal(shown, phases, { domain, width, transform: view === 'strip' ? IDENTITY : laidOut, dims }) : undefined),
		[view, width, shown, phases, domain, laidOut, dims],
	);
	const flow = useMemo(() => (view === 'flow' ? layoutFlow(shown, phases) : undefined), [view, shown, phases]);
	const flowMarks = useMemo(() => new Map(flow?.flatMap((section) => section.items.flatMap((item) => (item.type === 'event' ? [[item.event.id, cardMark(item.event, 0, 0, 0, 0)] as const] : [])))), [flow]);
	const marks: TimelineMark[] = wide?.marks ?? [...flowMarks.values()];
	const focusIndex = state.focus ? markIndexOf(marks, state.focus) : -1;
	const tabKey = marks[Math.max(0, focusIndex)]?.key;
	const roving = useRovingFocus(tabKey, '[data-marks]', view === 'wide');

	// --- State: every change goes through the reducer; its effects are carried out here. ---
	const stateRef = useRef(state);
	const revealToken = useRef(0);
	const url = useUrlSync(mode, known, useStableCallback((location: TimelineState, first: boolean) => {
		// On load, an address that names nothing keeps the server-rendered state.
		if (first && !location.event && isUnfiltered(location.filters)) return;
		apply({ type: 'location', state: location }, { quiet: true });
		// An embed always opens on the story: at the asked event, or the first one shown.
		if (mode === 'embed' && !stateRef.current.open) apply({ type: 'story' }, { quiet: true });
	}));
	function apply(action: IslandAction, { quiet = false } = {}) {
		const next = transition(stateRef.current, action, context);
		stateRef.current = next.state;
		setState(next.state);
		if (next.reveal) setReveal({ id: next.reveal, token: ++revealToken.current });
		if (next.url) url.write(toUrlState(next.state), next.url);
		if (quiet) return;
		if (next.announce) setAnnouncement(next.announce);
		if (next.focus === 'panel') setFocusToken((token) => token + 1);
		if (next.focus === 'mark') roving.request();
	}

	// --- Zoom (wide view only): buttons, keys, clusters and "zoom to phase" share these. ---
	// A layout depends on the zoom, not the pan (it is laid out along the whole story), so a drag
	// only moves it; marks and ticks are drawn VIEWS_DRAWN_AROUND views either side, so it is
	// redone before a drag goes further than that (needsRelayout).
	const live = useRef(IDENTITY);
	const requested = useRef(IDENTITY);
	const painter = useRef<StagePainter>(null);
	const paintStage = () => painter.current?.paint(view === 'wide' ? live.current : IDENTITY);
	/** Lays the marks out afresh at a transform (a new layout renders in a transition, without holding up frames). */
	const relayout = (next: ZoomTransform) => {
		const previous = requested.current;
		requested.current = next;
		startTransition(() => {
			setLaidOut(next);
			// A pan keeps the same marks (only those entering the view are new); a zoom remakes them.
			if (next.k !== previous.k) setViewsDrawn(DRAWING_STEPS[0]);
		});
	};
	// While a gesture is under way the stage is sketched on a canvas (HorizontalView's painter),
	// off the main thread: the sketch's layout is remade as often as the view needs, costing no
	// marks, and the marks keep still. Once the gesture settles and rests for SETTLE_PAUSE_MS
	// they are laid out there and shown again, in the commit that draws them (the layout effect below).
	const sketched = useRef(false);
	const settledAt = useRef<ZoomTransform>(undefined);
	const settleTimer = useRef(0);
	const sketch = (next: ZoomTransform, settled: boolean): boolean => {
		if (view !== 'wide' || !painter.current?.sketch(next, settled, { events: shown, phases, domain })) {
			// A sketch that can go on no longer (its worker failed) gives way to the marks.
			if (sketched.current) painter.current?.endSketch();
			sketched.current = false;
			return false;
		}
		sketched.current = true;
		settledAt.current = undefined;
		if (settled) {
			settleTimer.current = window.setTimeout(() => {
				settledAt.current = next;
				setSettledK(next.k);
				relayout(next);
			}, SETTLE_PAUSE_MS);
		}
		return true;
	};
	const onZoom = useStableCallback((next: ZoomTransform, settled: boolean) => {
		live.current = next;
		window.clearTimeout(settleTimer.current);
		if ((!settled || sketched.current) && sketch(next, settled)) return;
		paintStage();
		if (settled) setSettledK(next.k);
		if (settled || (width && needsRelayout(requested.current, next, width))) relayout(next);
	});
	// Each wider step renders after a frame has shown the last one.
	useEffect(() => {
		const wider = widerDrawing(viewsDrawn);
		if (wider === undefined) return;
		const frame = requestAnimationFrame(() => startTransition(() => setViewsDrawn(wider)));
		return () => cancelAnimationFrame(frame);
	}, [viewsDrawn, laidOut]);
	// React draws a layout at the transform it was made for: move it to the live one in the same
	// commit. While a gesture is sketched the marks keep still under it, until the layout made
	// where it settled is drawn: then they are moved there and the sketch is cleared.
	useLayoutEffect(() => {
		if (sketched.current) {
			if (!settledAt.current || settledAt.current !== laidOut) return;
			sketched.current = false;
			settledAt.current = undefined;
			paintStage();
			painter.current?.endSketch();
			return;
		}
		paintStage();
	});
	useEffect(() => () => window.clearTimeout(settleTimer.current), []);
	const zoomer = useZoom(viewport, view === 'wide' ? length : undefined, limits, onZoom);
	const baseScale = useMemo(() => (length ? createTimeScale(domain, length) : undefined), [domain, length]);
	const zoomBy = (factor: number) => {
		if (view !== 'wide' || !length) return;
		const now = zoomer.current();
		const focused = focusIndex >= 0 ? marks[focusIndex] : undefined;
		const position = focused && mapPosition(focused.position, laidOut, now);
		const center = position !== undefined && position >= 0 && position <= length ? position : length / 2;
		zoomer.apply(zoomAround(now, factor, center, length, limits));
	};
	/** Zooms so that a span of time fills the stage. */
	const zoomToSpan = (start: number, end: number) => {
		if (baseScale && length) zoomer.apply(zoomToRange(baseScale(start), baseScale(end), length, limits));
	};
	const zoomToPhase = (phaseId: string) => {
		const phase = phases.find((item) => item.id === phaseId);
		if (!phase) return;
		// The phase's events fill the stage, not the empty parts of its band.
		const own = shown.filter((event) => event.phase === phaseId);
		setAnnouncement(`Showing the phase ${phase.shortTitle}`);
		zoomToSpan(own[0]?.start ?? phase.start, own.at(-1)?.end ?? phase.end);
	};

	// --- Marks: activate, move focus with keys, keep the focused mark in view. ---
	const activate = (mark: TimelineMark) => {
		const first = mark.events[0]!;
		if (mark.type === 'event') {
			apply(state.view === 'story' ? { type: 'story', id: first.id } : { type: 'open', id: first.id });
			return;
		}
		const sameTime = mark.events.every((event) => event.start === first.start);
		if (view !== 'wide' || sameTime || zoomer.current().k >= limits.maxK) {
			apply({ type: 'list', ids: mark.events.map((event) => event.id) });
			return;
		}
		// The cluster goes away as it splits: keep focus on its first event's mark.
		apply({ type: 'focus', id: first.id });
		roving.request();
		zoomToSpan(first.start, mark.events.at(-1)!.end);
		setAnnouncement(`Zoomed in to ${mark.dates}`);
	};

	/** Pans the wide stage so a mark is in view (left of the panel when it is open). */
	const panTo = (mark: TimelineMark) => {
		if (view !== 'wide' || !length) return;
		const visible = Math.max(200, stateRef.current.open || stateRef.current.listing ? length - PANEL_WIDTH : length);
		const now = zoomer.current();
		const x = mapPosition(mark.x, laidOut, now);
		const next = panIntoView(now, x, mark.shape === 'card' ? dims.cardWidth : 0, visible, limits);
		if (next !== now) zoomer.apply(next);
	};
	/** Brings an event left of the open panel, zooming in when the whole story leaves no room to pan. */
	const revealMark = (mark: TimelineMark) => {
		if (view !== 'wide' || !length) return;
		const panel = Boolean(stateRef.current.open || stateRef.current.listing);
		const visible = panel ? length - PANEL_WIDTH : length;
		const now = zoomer.current();
		const x = mapPosition(mark.x, laidOut, now);
		if (x >= 16 && x + dims.cardWidth <= visible - 16) return;
		const k = panel ? Math.max(now.k, length / Math.max(200, visible)) : now.k;
		const base = (mapPosition(mark.position, laidOut, now) - now.t) / now.k;
		zoomer.apply(clampTransform({ k, t: visible / 3 - k * base }, length, limits));
	};

	const onKeyDown = (event: React.KeyboardEvent) => {
		if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
		if (event.key === 'Escape' && (state.open || state.listing)) {
			event.preventDefault();
			apply({ type: 'close' });
			return;
		}
		if (view === 'wide' && (event.key === '+' || event.key === '=' || event.key === '-' || event.key === '_')) {
			event.preventDefault();
			zoomBy(event.key === '+' || event.key === '=' ? ZOOM_STEP : 1 / ZOOM_STEP);
			return;
		}
		if (!(event.target as Element).closest?.('[data-marks]')) return;
		const next = nextFocusIndex(focusIndex, marks.length, event.key);
		const mark = next === undefined ? undefined : marks[next];
		if (!mark) return;
		event.preventDefault();
		apply({ type: 'focus', id: mark.events[0]!.id });
		roving.request();
		panTo(mark);
	};

	// Escape also closes the panel when focus is outside the timeline (e.g. just after a deep link).
	const panelOpen = Boolean(state.open || state.listing);
	const onEscape = useStableCallback((event: KeyboardEvent) => {
		if (event.key !== 'Escape' || event.defaultPrevented) return;
		if (event.target !== document.body && !root.current?.contains(event.target as Node)) return;
		event.preventDefault();
		apply({ type: 'close' });
	});
	useEffect(() => {
		if (!panelOpen) return;
		document.addEventListener('keydown', onEscape);
		return () => document.removeEventListener('keydown', onEscape);
	}, [panelOpen, onEscape]);

	// Bring an event into view once it is laid out: a deep link, a story step, the first match of a filter.
	const revealed = useRef(0);
	useEffect(() => {
		if (!reveal || revealed.current === reveal.token) return;
		if (view === 'flow') {
			revealed.current = reveal.token;
			// An open event's card goes to the top (its panel follows); a filter's first match just into view.
			root.current?.querySelector(`[data-event-id="${CSS.escape(reveal.id)}"]`)?.scrollIntoView({ block: stateRef.current.open ? 'start' : 'nearest' });
			return;
		}
		if (!wide) return;
		revealed.current = reveal.token;
		const mark = wide.marks[markIndexOf(wide.marks, reveal.id)];
		if (mark) revealMark(mark);
	});

	const onFiltersChange = useStableCallback((filters: typeof EMPTY_FILTERS) => apply({ type: 'filters', filters }));
	const onToggleFilters = useStableCallback(() => setFiltersOpen((open) => !open));
	const onStory = useStableCallback(() => apply({ type: 'story' }));
	const zoomIn = useStableCallback(() => zoomBy(ZOOM_STEP));
	const zoomOut = useStableCallback(() => zoomBy(1 / ZOOM_STEP));
	const zoomReset = useStableCallback(() => zoomer.apply(IDENTITY));
	const canZoomIn = settledK < limits.maxK;
	const canZoomOut = settledK > limits.minK;
	// One object per state of the buttons, so zoom frames do not re-render the memoised controls.
	const zoomControls = useMemo(
		() => (view === 'wide' ? { onZoomIn: zoomIn, onZoomOut: zoomOut, onReset: zoomReset, canZoomIn, canZoomOut } : undefined),
		[view, zoomIn, zoomOut, zoomReset, canZoomIn, canZoomOut],
	);
	const markProps = {
		tabKey,
		openId: state.open,
		registerMark: roving.register,
		onActivate: useStableCallback(activate),
		onFocusMark: useCallback((mark: TimelineMark) => apply({ type: 'focus', id: mark.events[0]!.id }), []),
	};

	const openIndex = state.open ? shown.findIndex((event) => event.id === state.open) : -1;
	const openDetails = useEventDetails(openIndex >= 0 ? state.open : undefined, details);
	const listed = state.listing ? events.filter((event) => state.listing!.includes(event.id)) : undefined;
	const onClose = () => apply({ type: 'close' });
	const headingLevel = view === 'flow' ? 3 : 2;
	const panel =
		openIndex >= 0 ? (
			<StoryPanel
				event={shown[openIndex]!}
				details={openDetails.details}
				failed={openDetails.failed}
				index={openIndex}
				count={shown.length}
				phases={phases}
				organisations={organisations}
				newTab={mode === 'embed'}
				focusToken={focusToken}
				headingLevel={headingLevel}
				onClose={onClose}
				// On phones the panel moves to the next card, so focus goes with it (to its heading).
				onStep={(by) => {
					apply({ type: 'step', by });
					if (view === 'flow') setFocusToken((token) => token + 1);
				}}
				announce={setAnnouncement}
			/>
		) : listed ? (
			<ClusterList events={listed} focusToken={focusToken} headingLevel={headingLevel} onClose={onClose} onChoose={(id) => apply({ type: 'open', id })} />
		) : undefined;
	const ready = url.read && Boolean(wide || flow);
	const empty = ready && shown.length === 0 && (
		<p className="tl-empty">
			No events match these filters.{' '}
			<button type="button" className="tl-button" onClick={() => apply({ type: 'filters', filters: EMPTY_FILTERS })}>
				Clear filters
			</button>
		</p>
	);

	return (
		<div className="tl" ref={root} data-ready={ready ? '' : undefined} data-mode={mode} data-view={view} onKeyDown={onKeyDown}>
			<TimelineControls
				filters={state.filters}
				phases={phases}
				organisations={organisations}
				shownCount={shown.length}
				totalCount={events.length}
				filtersOpen={filtersOpen}
				onToggleFilters={onToggleFilters}
				onChange={onFiltersChange}
				onStory={onStory}
				zoom={zoomControls}
			/>
			{view === 'flow' ? (
				<>
					{flow && <FlowView sections={flow} marks={flowMarks} panel={panel} {...markProps} />}
					{empty}
				</>
			) : (
				<>
					<div className="tl-viewport" ref={viewport} style={{ ['--tl-stage-height' as string]: `${stageHeight(bandRows, dims)}px`, ['--band-height' as string]: `${dims.bandHeight}px`, ['--axis-height' as string]: `${dims.axisHeight}px`, ['--card-height' as string]: `${dims.cardHeight}px`, ['--card-width' as string]: `${dims.cardWidth}px`, ['--dot-target' as string]: `${dims.dotTarget}px` }}>
						{wide && width && <HorizontalView layout={wide} dims={dims} laidOut={view === 'strip' ? IDENTITY : laidOut} width={width} viewsAround={view === 'strip' ? VIEWS_DRAWN_AROUND : viewsDrawn} onZoomToPhase={view === 'wide' ? zoomToPhase : undefined} sketchable={view === 'wide'} painter={painter} {...markProps} />}
						{empty}
						{view === 'wide' && panel}
					</div>
					{view === 'strip' && (
						<div className="tl-story">
							{panel ?? (
								<p className="tl-story__hint">
									Choose an event on the strip above, or{' '}
									<button type="button" className="tl-button" onClick={onStory}>
										read the story
									</button>
								</p>
							)}
						</div>
					)}
				</>
			)}
			<p className="visually-hidden" aria-live="polite">
				{announcement}
			</p>
		</div>
	);
}
