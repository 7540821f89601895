/**
 * The toolbar (Read the story, Filter, the count, zoom) and the filter panel it opens:
 * search, phase, organisation and kinds (the key to the colours).
 */
import { memo, useId } from 'react';
import { isUnfiltered } from '../../../lib/timeline/filter';
import { EMPTY_FILTERS, EVENT_KINDS, KIND_LABELS, type TimelineFilters, type TimelineOrganisation, type TimelinePhase } from '../../../lib/timeline/types';

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
	const parentName = new Map(organisations.map((org) => [org.id, org.name]));
	const toggleKind = (kind: (typeof EVENT_KINDS)[number]) => {
		const kinds = filters.kinds.includes(kind) ? filters.kinds.filter((k) => k !== kind) : [...filters.kinds, kind];
		onChange({ ...filters, kinds });
	};
	const active = !isUnfiltered(filters);
	return (
		<div className="tl-controls">
			<div className="tl-toolbar">
				<button type="button" className="tl-button tl-button--primary" onClick={props.onStory}>
					Read the story
				</button>
				<button type="button" className="tl-button" aria-expanded={filtersOpen} aria-controls={`${id}-filters`} onClick={props.onToggleFilters}>
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
				{filtersOpen && (
					<>
						<div className="tl-field">
							<label htmlFor={`${id}-q`}>Search titles</label>
							<input id={`${id}-q`} type="search" value={filters.query} autoComplete="off" onChange={(event) => onChange({ ...filters, query: event.target.value })} />
						</div>
						<div className="tl-field">
							<label htmlFor={`${id}-phase`}>Phase</label>
							{/* A timeline of one phase (a phase embed) offers only that phase. */}
							<select id={`${id}-phase`} value={filters.phase ?? ''} onChange={(event) => onChange({ ...filters, phase: event.target.value || undefined })}>
								{phases.length > 1 && <option value="">All phases</option>}
								{phases.map((phase) => (
									<option key={phase.id} value={phases.length > 1 ? phase.id : ''}>
										{phase.shortTitle}
									</option>
								))}
							</select>
						</div>
						<div className="tl-field">
							<label htmlFor={`${id}-org`}>Organisation</label>
							<select id={`${id}-org`} value={filters.organisation ?? ''} onChange={(event) => onChange({ ...filters, organisation: event.target.value || undefined })}>
								<option value="">All organisations</option>
								{organisations.map((org) => (
									<option key={org.id} value={org.id}>
										{org.parent ? `${org.name} (part of ${parentName.get(org.parent) ?? org.parent})` : org.name}
									</option>
								))}
							</select>
						</div>
						<fieldset className="tl-kinds">
							<legend>Kinds of event (key to the colours; press to show only those)</legend>
							<ul>
								{EVENT_KINDS.map((kind) => (
									<li key={kind}>
										<button type="button" className="tl-kind" data-kind={kind} aria-pressed={filters.kinds.includes(kind)} onClick={() => toggleKind(kind)}>
											<span className="tl-swatch" aria-hidden="true" />
											{KIND_LABELS[kind]}
										</button>
									</li>
								))}
							</ul>
						</fieldset>
						<p className="tl-filters__end">
							<button type="button" className="tl-button" onClick={() => onChange(EMPTY_FILTERS)} disabled={!active}>
								Clear filters
							</button>
							<button type="button" className="tl-button" onClick={props.onToggleFilters}>
								Done
							</button>
						</p>
					</>
				)}
			</form>
		</div>
	);
});
