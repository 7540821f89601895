/**
 * The toolbar (Read the story, Filter, the count, zoom) and the filter panel it opens; the
 * panel's fields (FilterFields.tsx) load on first use.
 */
import { Suspense, lazy, memo, useId } from 'react';
import { isUnfiltered } from '../../../lib/timeline/filter';
import type { TimelineFilters, TimelineOrganisation, TimelinePhase } from '../../../lib/timeline/types';

// The fields load when a reader first reaches for the Filter button: most readers never filter.
const loadFields = () => import('./FilterFields');
const FilterFields = lazy(loadFields);

interface ZoomControls {
	onZoomIn: () => void;
	onZoomOut: () => void;
	onReset: () => void;
	canZoomIn: boolean;
	canZoomOut: boolean;
}

interface Props {
	filters: TimelineFilters;
	phases: readonly TimelinePhase[];
	organisations: readonly TimelineOrganisation[];
	shownCount: number;
	totalCount: number;
	filtersOpen: boolean;
	onToggleFilters: () => void;
	onChange: (filters: TimelineFilters) => void;
	onStory: () => void;
	/** Absent where the view does not zoom (phones, the embed's strip). */
	zoom: ZoomControls | undefined;
}

/** `event` or `events`. */
const plural = (count: number) => (count === 1 ? 'event' : 'events');

/** Memoised: zoom frames re-render the timeline, not its controls. */
export default memo(function TimelineControls(props: Props) {
	const { filters, phases, organisations, shownCount, totalCount, filtersOpen, onChange, zoom } = props;
	const id = useId();
	const active = !isUnfiltered(filters);
	return (
		<div className="tl-controls">
			<div className="tl-toolbar">
				<button type="button" className="tl-button tl-button--primary" onClick={props.onStory}>
					Read the story
				</button>
				<button type="button" className="tl-button" aria-expanded={filtersOpen} aria-controls={`${id}-filters`} onClick={props.onToggleFilters} onPointerEnter={loadFields} onFocus={loadFields}>
					Filter{active && <span className="visually-hidden"> (filters are on)</span>}
					{active && <span className="tl-badge" aria-hidden="true" />}
				</button>
				<p className="tl-count" aria-live="polite">
					{shownCount === totalCount ? `All ${totalCount} ${plural(totalCount)}` : `${shownCount} of ${totalCount} ${plural(totalCount)}`}
				</p>
				{zoom && (
					<div className="tl-zoom" role="group" aria-label="Zoom">
						<button type="button" className="tl-button" onClick={zoom.onZoomOut} disabled={!zoom.canZoomOut} aria-keyshortcuts="-">
							<span aria-hidden="true">−</span> Zoom out
						</button>
						<button type="button" className="tl-button" onClick={zoom.onZoomIn} disabled={!zoom.canZoomIn} aria-keyshortcuts="+">
							<span aria-hidden="true">+</span> Zoom in
						</button>
						<button type="button" className="tl-button" onClick={zoom.onReset} disabled={!zoom.canZoomOut}>
							Show all years
						</button>
					</div>
				)}
			</div>
			<form id={`${id}-filters`} className="tl-filters" role="search" aria-label="Filter the timeline" hidden={!filtersOpen} onSubmit={(event) => event.preventDefault()}>
				<Suspense fallback={null}>{filtersOpen && <FilterFields filters={filters} phases={phases} organisations={organisations} active={active} onChange={onChange} onDone={props.onToggleFilters} />}</Suspense>
			</form>
		</div>
	);
});
