/**
 * The interactive timeline: an island that enhances the server-rendered event list on
 * /timeline/ (and, in embed mode, stands alone in /embed/timeline/). It only renders: every
 * position comes from the pure layouts in src/lib/timeline/.
 *
 * Props (all plain data, computed at build time by src/lib/timeline/to-items.ts):
 * - `events`: TimelineEvent[] in date order (the fields the island renders, nothing more).
 * - `phases`: TimelinePhase[] with a span, in story order (bands, phase filter, zoom to phase).
 * - `organisations`: TimelineOrganisation[] offered by the organisation filter; `parent` makes
 *   a filter on a parent (UnitedHealth Group) match its children (Optum).
 * - `initialState`: the selected event and filters to open with when the URL says nothing
 *   (an embed page can pass the state parsed from its own query string).
 * - `mode`: 'page' (default) reads the state from the address bar, writes it back, and answers
 *   back/forward (history.pushState, popstate); 'embed' never touches the top window's history
 *   and opens event, organisation, phase and share links in a new tab.
 * The root gets `data-ready` once it has measured itself and drawn the real layout.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { filterEvents } from '../../../lib/timeline/filter';
import { nextFocusIndex } from '../../../lib/timeline/focus-order';
import { contentLength, layoutHorizontal } from '../../../lib/timeline/layout';
import { markIndexOf, type TimelineMark } from '../../../lib/timeline/marks';
import { createTimeScale, timeDomain } from '../../../lib/timeline/scale';
import { EMPTY_FILTERS, type TimelineEvent, type TimelineFilters, type TimelineOrganisation, type TimelinePhase, type TimelineState, type ZoomTransform } from '../../../lib/timeline/types';
import { parseTimelineState, serialiseTimelineState } from '../../../lib/timeline/url-state';
import { layoutVertical } from '../../../lib/timeline/vertical';
import { IDENTITY, mapPosition, needsRelayout, panIntoView, zoomAround, zoomLimits, zoomToRange } from '../../../lib/timeline/zoom';
import HorizontalView, { AXIS_HEIGHT, BAND_HEIGHT, CARD_WIDTH, GAP, LANES, stageHeight } from './HorizontalView';
import TimelineControls from './TimelineControls';
import TimelineDetails from './TimelineDetails';
import { useElementSize } from './use-element-size';
import { useMediaQuery } from './use-media-query';
import { useStableCallback } from './use-stable-callback';
import { useZoom } from './use-zoom';
import VerticalView, { V_CARD_HEIGHT, V_GAP, V_HEADING_HEIGHT, V_PX_PER_YEAR } from './VerticalView';
import './timeline.css';

export interface TimelineProps {
	events: TimelineEvent[];
	phases: TimelinePhase[];
	organisations: TimelineOrganisation[];
	initialState?: TimelineState;
	mode?: 'page' | 'embed';
}

/** Same breakpoint as the CSS in timeline.css, so server and client reserve the same space. */
const NARROW = '(max-width: 40rem)';
const ZOOM_STEP = 2;
const MAX_VERTICAL_K = 16;
const YEAR = 365.2425 * 86_400_000;

export default function Timeline({ events, phases, organisations, initialState, mode = 'page' }: TimelineProps) {
	const [filters, setFilters] = useState<TimelineFilters>(initialState?.filters ?? EMPTY_FILTERS);
	const [selectedId, setSelectedId] = useState<string | undefined>(initialState?.event);
	const [listing, setListing] = useState<string[]>();
	const [focusId, setFocusId] = useState<string>();
	const [transform, setTransform] = useState<ZoomTransform>(IDENTITY);
	// The transform the wide layout was made at: during a zoom gesture it stays at the last
	// settled one and the cards only move (see mapPosition) until the gesture ends or strays
	// too far (needsRelayout); a pan keeps it in step.
	const [laidOut, setLaidOut] = useState<ZoomTransform>(IDENTITY);
	const [verticalK, setVerticalK] = useState(1);
	const [scrollToPhase, setScrollToPhase] = useState<string>();
	const [announcement, setAnnouncement] = useState('');
	const [panelTakesFocus, setPanelTakesFocus] = useState(false);
	const [urlRead, setUrlRead] = useState(mode === 'embed');
	const narrow = useMediaQuery(NARROW);
	const viewport = useRef<HTMLDivElement>(null);
	const size = useElementSize(viewport);
	const markElements = useRef(new Map<string, HTMLButtonElement>());
	const pendingFocus = useRef(false);
	const root = useRef<HTMLDivElement>(null);

	const domain = useMemo(() => timeDomain([...events, ...phases]), [events, phases]);
	const limits = useMemo(() => zoomLimits(domain), [domain]);
	const known = useMemo(
		() => ({ events: new Set(events.map((e) => e.id)), phases: new Set(phases.map((p) => p.id)), organisations: new Set(organisations.map((o) => o.id)) }),
		[events, phases, organisations],
	);
	const shown = useMemo(() => filterEvents(events, filters, organisations), [events, filters, organisations]);
	// Overlapping phases need the same number of band rows at every zoom, so this fixes the height.
	const bandRows = useMemo(() => layoutHorizontal([], phases, { domain, width: 1000, transform: IDENTITY, cardWidth: CARD_WIDTH, gap: GAP, maxLanes: LANES }).bandRows, [phases, domain]);
	const width = size?.width;
	// The time axis spans the view less one card, so the last card always fits (layout.ts).
	const length = width ? contentLength(width, CARD_WIDTH, GAP) : undefined;

	const wide = useMemo(
		() => (!narrow && width ? layoutHorizontal(shown, phases, { domain, width, transform: laidOut, cardWidth: CARD_WIDTH, gap: GAP, maxLanes: LANES }) : undefined),
		[narrow, width, shown, phases, domain, laidOut],
	);
	const tall = useMemo(
		() => (narrow && width ? layoutVertical(shown, phases, { domain, k: verticalK, pxPerYear: V_PX_PER_YEAR, cardHeight: V_CARD_HEIGHT, headingHeight: V_HEADING_HEIGHT, gap: V_GAP, tickSpacing: 100 }) : undefined),
		[narrow, width, shown, phases, domain, verticalK],
	);
	const marks = wide?.marks ?? tall?.marks ?? [];
	const focusIndex = focusId ? markIndexOf(marks, focusId) : -1;
	const tabIndex = Math.max(0, focusIndex);

	const onZoom = useCallback((next: ZoomTransform, settled: boolean) => {
		setTransform(next);
		setLaidOut((previous) => (settled || next.k === previous.k || needsRelayout(previous, next) ? next : previous));
	}, []);
	const zoomer = useZoom(viewport, narrow ? undefined : length, limits, onZoom);
	const applyZoom = zoomer.apply;

	// --- Address bar: read once, write on change, follow back/forward (page mode only). ---
	const writeUrl = useCallback(
		(state: TimelineState, push: boolean) => {
			if (mode !== 'page') return;
			const url = `${location.pathname}${serialiseTimelineState(state)}${location.hash}`;
			if (url === `${location.pathname}${location.search}${location.hash}`) return;
			if (push) history.pushState(null, '', url);
			else history.replaceState(null, '', url);
		},
		[mode],
	);
	useEffect(() => {
		if (mode !== 'page') return;
		const read = (first: boolean) => {
			const state = first && !location.search && initialState ? initialState : parseTimelineState(location.search, known);
			setFilters(state.filters);
			setSelectedId(state.event);
			setListing(undefined);
			setPanelTakesFocus(false);
			if (state.event) setFocusId(state.event);
		};
		read(true);
		setUrlRead(true);
		const onPopState = () => read(false);
		window.addEventListener('popstate', onPopState);
		return () => window.removeEventListener('popstate', onPopState);
		// initialState only matters on the first read, so it is not a dependency.
	}, [mode, known]);

	const announce = useCallback((message: string) => setAnnouncement(message), []);

	const updateFilters = (next: TimelineFilters) => {
		setFilters(next);
		setListing(undefined);
		const matching = filterEvents(events, next, organisations);
		const count = matching.length;
		const stillShown = selectedId && matching.some((event) => event.id === selectedId);
		const event = stillShown ? selectedId : undefined;
		if (!stillShown) setSelectedId(undefined);
		announce(count === 0 ? 'No events match these filters' : `Showing ${count} of ${events.length} events`);
		writeUrl({ event, filters: next }, false);
	};

	const select = (id: string | undefined, takeFocus: boolean) => {
		setSelectedId(id);
		setListing(undefined);
		setPanelTakesFocus(takeFocus);
		if (id) setFocusId(id);
		writeUrl({ event: id, filters }, true);
	};

	const closePanel = () => {
		const returnTo = selectedId ?? listing?.[0];
		setListing(undefined);
		if (selectedId) select(undefined, false);
		if (returnTo) {
			setFocusId(returnTo);
			pendingFocus.current = true;
		}
	};

	// --- Zoom: the same helpers serve buttons, keys and "zoom to phase". ---
	const baseScale = useMemo(() => (length ? createTimeScale(domain, length) : undefined), [domain, length]);
	const zoomBy = (factor: number) => {
		if (narrow) {
			setVerticalK((k) => Math.min(MAX_VERTICAL_K, Math.max(1, k * factor)));
			return;
		}
		if (!length) return;
		const now = zoomer.current();
		const focused = focusIndex >= 0 ? marks[focusIndex] : undefined;
		const position = focused && mapPosition(focused.position, laidOut, now);
		const center = position !== undefined && position >= 0 && position <= length ? position : length / 2;
		applyZoom(zoomAround(now, factor, center, length, limits));
	};
	const resetZoom = () => (narrow ? setVerticalK(1) : applyZoom(IDENTITY));
	const zoomToPhase = (phaseId: string) => {
		const phase = phases.find((item) => item.id === phaseId);
		if (!phase) return;
		announce(`Showing the phase ${phase.shortTitle}`);
		if (narrow) {
			// Spread the phase's years over the height of the view, then bring its heading to the top.
			const years = (phase.end - phase.start) / YEAR;
			const fit = (size?.height ?? 600) / (years * V_PX_PER_YEAR);
			setVerticalK(Math.min(MAX_VERTICAL_K, Math.max(1, fit)));
			setScrollToPhase(phaseId);
			return;
		}
		if (baseScale && length) applyZoom(zoomToRange(baseScale(phase.start), baseScale(phase.end), length, limits));
	};

	// --- Marks: activate, move focus with keys, keep the focused card in view. ---
	const activate = (mark: TimelineMark) => {
		setFocusId(mark.events[0]!.id);
		if (mark.type === 'event') {
			select(mark.events[0]!.id, true);
			return;
		}
		const sameTime = mark.events.every((event) => event.start === mark.events[0]!.start);
		if (narrow || sameTime || transform.k >= limits.maxK || !baseScale || !length) {
			setSelectedId(undefined);
			setPanelTakesFocus(true);
			setListing(mark.events.map((event) => event.id));
			return;
		}
		const first = mark.events[0]!;
		const last = mark.events.at(-1)!;
		// The cluster's card goes away as it splits: keep focus on its first event's card.
		pendingFocus.current = true;
		applyZoom(zoomToRange(baseScale(first.start), baseScale(last.end), length, limits));
		announce(`Zoomed in to ${mark.dates}`);
	};

	const moveFocus = (index: number) => {
		const mark = marks[index];
		if (!mark) return;
		setFocusId(mark.events[0]!.id);
		pendingFocus.current = true;
		if (wide && length) {
			// Positions are from the last frame drawn; map them through any zoom made since.
			const now = zoomer.current();
			const position = mapPosition(mark.position, laidOut, now);
			const next = panIntoView(now, position, 0, length, limits);
			if (next !== now) applyZoom(next);
		}
	};

	const onKeyDown = (event: React.KeyboardEvent) => {
		if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
		if (event.key === 'Escape' && (selectedId || listing)) {
			event.preventDefault();
			closePanel();
			return;
		}
		if (event.key === '+' || event.key === '=') {
			event.preventDefault();
			zoomBy(ZOOM_STEP);
			return;
		}
		if (event.key === '-' || event.key === '_') {
			event.preventDefault();
			zoomBy(1 / ZOOM_STEP);
			return;
		}
		if (!(event.target as Element).closest?.('.tl-marks, .tl-vmarks')) return;
		const next = nextFocusIndex(focusIndex, marks.length, event.key);
		if (next === undefined) return;
		event.preventDefault();
		moveFocus(next);
	};

	// Escape also closes the panel when focus is outside the timeline (e.g. just after a deep link).
	const closeRef = useRef(closePanel);
	closeRef.current = closePanel;
	const panelOpen = Boolean(selectedId || listing);
	useEffect(() => {
		if (!panelOpen) return;
		const onEscape = (event: KeyboardEvent) => {
			if (event.key !== 'Escape' || event.defaultPrevented) return;
			if (event.target !== document.body && !root.current?.contains(event.target as Node)) return;
			event.preventDefault();
			closeRef.current();
		};
		document.addEventListener('keydown', onEscape);
		return () => document.removeEventListener('keydown', onEscape);
	}, [panelOpen]);

	// A layout effect, so focus has moved by the time the key event that asked for it is done.
	// When zooming splits or merges the focused card, its button is replaced: the focus, lost to
	// <body>, goes to the card that now holds the same event.
	const focusInMarks = useRef(false);
	useEffect(() => {
		const track = (event: FocusEvent) => {
			focusInMarks.current = Boolean((event.target as Element).closest?.('.tl-marks, .tl-vmarks'));
		};
		document.addEventListener('focusin', track);
		return () => document.removeEventListener('focusin', track);
	}, []);
	useLayoutEffect(() => {
		const lost = focusInMarks.current && (document.activeElement === document.body || !document.activeElement);
		if (!pendingFocus.current && !lost) return;
		const mark = marks[tabIndex];
		const element = mark && markElements.current.get(mark.key);
		if (element) {
			pendingFocus.current = false;
			element.focus({ preventScroll: !narrow });
		}
	});

	// A deep-linked event starts in view: pan the wide view to it once laid out.
	const revealed = useRef<string>(undefined);
	useEffect(() => {
		if (!selectedId || revealed.current === selectedId || !wide || !length) return;
		revealed.current = selectedId;
		const mark = wide.marks[markIndexOf(wide.marks, selectedId)];
		if (mark) {
			const next = panIntoView(transform, mapPosition(mark.position, laidOut, transform), 0, length, limits, length / 3);
			if (next !== transform) applyZoom(next);
		}
	}, [selectedId, wide, length, transform, laidOut, limits, applyZoom]);

	// One ref callback per mark key, kept stable so memoised cards are not re-rendered.
	const refCallbacks = useRef(new Map<string, (element: HTMLButtonElement | null) => void>());
	const registerMark = useCallback((key: string) => {
		let callback = refCallbacks.current.get(key);
		if (!callback) {
			callback = (element) => {
				if (element) markElements.current.set(key, element);
				else markElements.current.delete(key);
			};
			refCallbacks.current.set(key, callback);
		}
		return callback;
	}, []);

	const onFiltersChange = useStableCallback(updateFilters);
	const onZoomIn = useStableCallback(() => zoomBy(ZOOM_STEP));
	const onZoomOut = useStableCallback(() => zoomBy(1 / ZOOM_STEP));
	const onReset = useStableCallback(resetZoom);

	/** What both views need to draw and drive the marks. */
	const markProps = {
		tabIndex,
		selectedId,
		registerMark,
		onActivate: useStableCallback(activate),
		onFocusMark: useCallback((mark: TimelineMark) => setFocusId(mark.events[0]!.id), []),
	};

	const selected = selectedId ? events.find((event) => event.id === selectedId) : undefined;
	const listed = listing ? events.filter((event) => listing.includes(event.id)) : undefined;
	const ready = urlRead && Boolean(wide || tall);

	return (
		<div className="tl" ref={root} data-ready={ready ? '' : undefined} data-mode={mode} onKeyDown={onKeyDown}>
			<TimelineControls
				filters={filters}
				phases={phases}
				organisations={organisations}
				shownCount={shown.length}
				totalCount={events.length}
				onChange={onFiltersChange}
				onZoomIn={onZoomIn}
				onZoomOut={onZoomOut}
				onReset={onReset}
				canZoomIn={narrow ? verticalK < MAX_VERTICAL_K : transform.k < limits.maxK}
				canZoomOut={narrow ? verticalK > 1 : transform.k > limits.minK}
			/>
			<div
				className={narrow ? 'tl-viewport tl-viewport--tall' : 'tl-viewport'}
				ref={viewport}
				style={{ ['--tl-wide-height' as string]: `${stageHeight(bandRows)}px`, ['--band-height' as string]: `${BAND_HEIGHT}px`, ['--axis-height' as string]: `${AXIS_HEIGHT}px` }}
			>
				{wide && width && <HorizontalView layout={wide} laidOut={laidOut} transform={transform} width={width} onZoomToPhase={zoomToPhase} {...markProps} />}
				{tall && <VerticalView layout={tall} scrollToPhase={scrollToPhase} onZoomToPhase={zoomToPhase} onScrolledToPhase={() => setScrollToPhase(undefined)} {...markProps} />}
				{ready && shown.length === 0 && (
					<p className="tl-empty">
						No events match these filters.{' '}
						<button type="button" className="tl-button" onClick={() => updateFilters(EMPTY_FILTERS)}>
							Clear filters
						</button>
					</p>
				)}
				{(selected || listed) && (
					<TimelineDetails
						events={selected ? [selected] : listed!}
						listing={!selected}
						phases={phases}
						organisations={organisations}
						newTab={mode === 'embed'}
						takeFocus={panelTakesFocus}
						onClose={closePanel}
						onChoose={(id) => select(id, true)}
						announce={announce}
					/>
				)}
			</div>
			<p className="visually-hidden" aria-live="polite">
				{announcement}
			</p>
		</div>
	);
}
