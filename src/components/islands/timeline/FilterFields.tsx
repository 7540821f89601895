/**
 * The filter panel's fields (search, phase, organisation, kinds: the key to the colours),
 * loaded on first use by TimelineControls.
 */
import { useId } from 'react';
import { EMPTY_FILTERS, EVENT_KINDS, KIND_LABELS, type TimelineFilters, type TimelineOrganisation, type TimelinePhase } from '../../../lib/timeline/types';

interface Props {
	filters: TimelineFilters;
	phases: readonly TimelinePhase[];
	organisations: readonly TimelineOrganisation[];
	/** Whether any filter is on. */
	active: boolean;
	onChange: (filters: TimelineFilters) => void;
	/** Closes the panel. */
	onDone: () => void;
}

export default function FilterFields({ filters, phases, organisations, active, onChange, onDone }: Props) {
	const id = useId();
	const parentName = new Map(organisations.map((org) => [org.id, org.name]));
	const toggleKind = (kind: (typeof EVENT_KINDS)[number]) => {
		const kinds = filters.kinds.includes(kind) ? filters.kinds.filter((k) => k !== kind) : [...filters.kinds, kind];
		onChange({ ...filters, kinds });
	};
	return (
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
				<button type="button" className="tl-button" onClick={onDone}>
					Done
				</button>
			</p>
		</>
	);
}
