/** Filters (search, phase, organisation, kinds as a legend), zoom buttons and the result count. */
import { memo, useId } from 'react';
import { isUnfiltered } from '../../../lib/timeline/filter';
import { EMPTY_FILTERS, EVENT_KINDS, KIND_LABELS, type TimelineFilters, type TimelineOrganisation, type TimelinePhase } from '../../../lib/timeline/types';

interface Props {
	filters: TimelineFilters;
	phases: readonly TimelinePhase[];
	organisations: readonly TimelineOrganisation[];
	shownCount: number;
	totalCount: number;
	onChange: (filters: TimelineFilters) => void;
	onZoomIn: () => void;
	onZoomOut: () => void;
	onReset: () => void;
	canZoomIn: boolean;
	canZoomOut: boolean;
}

/** `event` or `events`. */
const plural = (count: number) => (count === 1 ? 'event' : 'events');

/** Memoised: zoom frames re-render the timeline, not its controls. */
export default memo(function TimelineControls(props: Props) {
	const { filters, phases, organisations, shownCount, totalCount, onChange } = props;
	const id = useId();
	const parentName = new Map(organisations.map((org) => [org.id, org.name]));
	const toggleKind = (kind: (typeof EVENT_KINDS)[number]) => {
		const kinds = filters.kinds.includes(kind) ? filters.kinds.filter((k) => k !== kind) : [...filters.kinds, kind];
		onChange({ ...filters, kinds });
	};
	return (
		<div className="tl-controls">
			<form className="tl-filters" role="search" aria-label="Filter the timeline" onSubmit={(event) => event.preventDefault()}>
				<div className="tl-field">
					<label htmlFor={`${id}-q`}>Search titles</label>
					<input id={`${id}-q`} type="search" value={filters.query} autoComplete="off" onChange={(event) => onChange({ ...filters, query: event.target.value })} />
				</div>
				<div className="tl-field">
					<label htmlFor={`${id}-phase`}>Phase</label>
					<select id={`${id}-phase`} value={filters.phase ?? ''} onChange={(event) => onChange({ ...filters, phase: event.target.value || undefined })}>
						<option value="">All phases</option>
						{phases.map((phase) => (
							<option key={phase.id} value={phase.id}>
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
			</form>
			<div className="tl-toolbar">
				<div className="tl-zoom" role="group" aria-label="Zoom">
					<button type="button" className="tl-button" onClick={props.onZoomOut} disabled={!props.canZoomOut} aria-keyshortcuts="-">
						<span aria-hidden="true">−</span> <span className="tl-wide-only">Zoom out</span>
					</button>
					<button type="button" className="tl-button" onClick={props.onZoomIn} disabled={!props.canZoomIn} aria-keyshortcuts="+">
						<span aria-hidden="true">+</span> <span className="tl-wide-only">Zoom in</span>
					</button>
					<button type="button" className="tl-button" onClick={props.onReset} disabled={!props.canZoomOut}>
						Show all years
					</button>
				</div>
				{/* Always present (disabled when idle) so that filters from a link do not shift the row. */}
				<button type="button" className="tl-button" onClick={() => onChange(EMPTY_FILTERS)} disabled={isUnfiltered(filters)}>
					Clear filters
				</button>
				<p className="tl-count">
					{shownCount === totalCount ? `All ${totalCount} ${plural(totalCount)}` : `${shownCount} of ${totalCount} ${plural(totalCount)}`}
				</p>
			</div>
		</div>
	);
});
