/**
 * Event views and content entries → the island's props. Runs at build time in the page, so the
 * island receives only what it renders: no schemas, no date parsing, no source list.
 */
import type { Commissioner, Organisation, Phase } from '../../schemas';
import { commissionersDuring } from '../commissioners';
import { dateEnd, dateStart } from '../dates';
import type { EventView } from '../event-view';
import type { PhaseSpan } from '../phases';
import type { TimelineEvent, TimelineEventDetails, TimelineOrganisation, TimelinePhase, TimelineSource } from './types';

type PhaseEntry = Pick<Phase, 'shortTitle' | 'order'> & { id: string; span: PhaseSpan | undefined };

/** Event views → what the island draws for every event, in the order given (already date order). */
export function toTimelineEvents(events: readonly EventView[]): TimelineEvent[] {
	return events.map((event) => ({
		...(event.headline && { sum: event.headline.short }),
		id: event.id,
		date: event.date,
		dateLabel: event.dateLabel,
		start: event.start,
		end: event.end,
		title: event.title,
		kind: event.kind,
		key: event.key,
		phase: event.phase.id,
		actors: event.actors.map((actor) => actor.id),
	}));
}

/** One event view → what its panel adds (summary, sums, sources). */
export function toTimelineDetails(event: EventView): TimelineEventDetails {
	return {
		summary: event.summary,
		amounts: event.amounts.map((amount) => amount.line),
		sources: event.sources.map((source): TimelineSource => ({ title: source.title, url: source.url, meta: source.label })),
	};
}

/**
 * Phases with a span → bands, naming the body or bodies that bought care over the phase's
 * years ("Primary Care Trusts, then Clinical commissioning groups" across the 2013 handover).
 */
export function toTimelinePhases(
	phases: readonly PhaseEntry[],
	organisations: readonly Organisation[],
	commissioners: readonly Commissioner[],
): TimelinePhase[] {
	const names = new Map(organisations.map((org) => [org.id, org.name]));
	return phases.flatMap((phase) => {
		if (!phase.span) return [];
		const buyers = commissionersDuring(commissioners, phase.span.start, phase.span.end).map((body) => names.get(body.id) ?? body.id);
		return [
			{
				id: phase.id,
				shortTitle: phase.shortTitle,
				order: phase.order,
				commissioner: buyers.join(', then '),
				start: dateStart(phase.span.start).getTime(),
				end: dateEnd(phase.span.end).getTime(),
			},
		];
	});
}

/**
 * The organisations a filter can offer: those named by events, plus their parents (so
 * "UnitedHealth Group" is offered when only Optum acts), sorted by name.
 */
export function toTimelineOrganisations(
	organisations: readonly Organisation[],
	events: readonly { actors: readonly { id: string }[] }[],
): TimelineOrganisation[] {
	const byId = new Map(organisations.map((org) => [org.id, org]));
	const wanted = new Set<string>();
	for (const event of events) {
		for (const actor of event.actors) {
			for (let id: string | undefined = actor.id; id && !wanted.has(id); id = byId.get(id)?.parent) {
				wanted.add(id);
			}
		}
	}
	return organisations
		.filter((org) => wanted.has(org.id))
		.map((org) => (org.parent ? { id: org.id, name: org.name, parent: org.parent } : { id: org.id, name: org.name }))
		.sort((a, b) => a.name.localeCompare(b.name));
}
