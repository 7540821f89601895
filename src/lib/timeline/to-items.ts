/**
 * Content entries → the timeline's view model. Runs at build time in the page, so the
 * island receives only what it renders: no schemas, no date parsing, no source list.
 */
import type { Amount, Organisation, Phase, Source, TimelineEventData } from '../../schemas';
import { dateEnd, dateStart, formatPartialDate } from '../dates';
import type { PhaseSpan } from '../phases';
import type { TimelineEvent, TimelineOrganisation, TimelinePhase, TimelineSource } from './types';

type EventEntry = TimelineEventData & { id: string };
type PhaseEntry = Pick<Phase, 'shortTitle' | 'commissioner' | 'order'> & { id: string; span: PhaseSpan | undefined };

const pounds = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/**
 * A figure in words readers use: pounds in millions or billions, percentages, counts.
 * @example formatFigure(64_000_000_000, 'GBP') // => '£64bn'
 */
export function formatFigure(value: number, unit: Amount['unit']): string {
	if (unit === 'GBP') {
		if (value >= 1e9) return `£${pounds.format(value / 1e9)}bn`;
		if (value >= 1e6) return `£${pounds.format(value / 1e6)}m`;
		return `£${pounds.format(value)}`;
	}
	if (unit === 'percent') return `${pounds.format(value)}%`;
	if (unit === 'years') return `${pounds.format(value)} years`;
	return pounds.format(value);
}

/**
 * One amount as a line of text, attributed to whoever gave it; estimates say so.
 * @example formatAmount({ value: 1e9, unit: 'GBP', about: 'contract value', … }, 'NHS England')
 * // => '£1bn: contract value (NHS England)'
 */
export function formatAmount(amount: Amount, saidBy: string): string {
	const upper = amount.upTo === undefined ? '' : ` to ${formatFigure(amount.upTo, amount.unit)}`;
	const who = amount.estimate ? `${saidBy} estimate` : saidBy;
	return `${formatFigure(amount.value, amount.unit)}${upper}: ${amount.about} (${who})`;
}

/** The largest sum in pounds among the amounts, if any (ranges count by their upper end). */
function headlineSum(amounts: readonly Amount[]): { sum?: string } {
	const pounds = amounts.filter((amount) => amount.unit === 'GBP');
	if (pounds.length === 0) return {};
	const top = pounds.reduce((a, b) => ((b.upTo ?? b.value) > (a.upTo ?? a.value) ? b : a));
	return { sum: formatFigure(top.upTo ?? top.value, 'GBP') };
}

/** Events → view model, in the order given (getEvents() already sorts them). */
export function toTimelineEvents(
	events: readonly EventEntry[],
	sources: readonly Source[],
	organisations: readonly Organisation[],
): TimelineEvent[] {
	const sourceById = new Map(sources.map((source) => [source.id, source]));
	const orgName = (id: string) => organisations.find((org) => org.id === id)?.name ?? id;
	return events.map((event) => ({
		...headlineSum(event.amounts),
		id: event.id,
		date: event.date,
		dateLabel: formatPartialDate(event.date),
		start: dateStart(event.date).getTime(),
		end: dateEnd(event.date).getTime(),
		title: event.title,
		kind: event.kind,
		key: event.key,
		phase: event.phase,
		summary: event.summary,
		actors: event.actors,
		amounts: event.amounts.map((amount) => formatAmount(amount, orgName(amount.saidBy))),
		sources: event.sources.flatMap((citation): TimelineSource[] => {
			const source = sourceById.get(citation.source);
			if (!source) return [];
			const meta = [source.publisher, source.date.slice(0, 4), citation.pointer].filter(Boolean).join(', ');
			return [{ title: source.title, url: source.url, meta }];
		}),
	}));
}

/** Phases with a span → bands, naming each period's commissioning body. */
export function toTimelinePhases(
	phases: readonly PhaseEntry[],
	organisations: readonly Organisation[],
): TimelinePhase[] {
	return phases.flatMap((phase) => {
		if (!phase.span) return [];
		const commissioner = organisations.find((org) => org.id === phase.commissioner);
		return [
			{
				id: phase.id,
				shortTitle: phase.shortTitle,
				order: phase.order,
				commissioner: commissioner?.name ?? phase.commissioner,
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
	events: readonly Pick<EventEntry, 'actors'>[],
): TimelineOrganisation[] {
	const byId = new Map(organisations.map((org) => [org.id, org]));
	const wanted = new Set<string>();
	for (const event of events) {
		for (const actor of event.actors) {
			for (let id: string | undefined = actor; id && !wanted.has(id); id = byId.get(id)?.parent) {
				wanted.add(id);
			}
		}
	}
	return organisations
		.filter((org) => wanted.has(org.id))
		.map((org) => (org.parent ? { id: org.id, name: org.name, parent: org.parent } : { id: org.id, name: org.name }))
		.sort((a, b) => a.name.localeCompare(b.name));
}
