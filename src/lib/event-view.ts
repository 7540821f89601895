/**
 * The event view model: one event, parsed, labelled and resolved once, so that every surface
 * (event page, timeline island, embeds, phase and organisation pages, open data, social cards,
 * JSON-LD) projects from the same object and readers never see two versions of one fact.
 * Pure: content entries in, plain data out (src/data/events.ts memoises it for the build).
 */
import type { Amount, Citation, EventKind, Organisation, Source, TimelineEventData } from '../schemas';
import { dateEnd, dateStart, formatPartialDate } from './dates';
import { KIND_LABELS } from './event-kinds';
import { formatFigure } from './format/figures';
import { routes } from './routes';

/** An organisation as surfaces link it. */
export interface OrganisationRef {
	id: string;
	name: string;
	/** Path of the organisation's page. */
	href: string;
}

/** A citation with its source looked up. */
export interface SourceRef {
	id: string;
	title: string;
	publisher: string;
	url: string;
	archiveUrl?: string;
	/** Where in the source to look, if the content says. */
	pointer?: string;
	/** The one citation label format: `The Guardian, 2006, p. 3`. */
	label: string;
	/** Path of the source's entry on the sources page. */
	about: string;
}

/** A figure with who gave it, where, and its text in both forms. */
export interface AmountView {
	value: number;
	upTo?: number;
	unit: Amount['unit'];
	about: string;
	estimate: boolean;
	saidBy: OrganisationRef;
	source: SourceRef;
	/** `£1.22bn` */
	short: string;
	/** `£1.22 billion` */
	long: string;
	/** `£64 billion: PCT budgets in England (UNISON estimate)` */
	line: string;
}

export interface PhaseRef {
	id: string;
	title: string;
	shortTitle: string;
	order: number;
	href: string;
}

export interface EventView {
	id: string;
	/** Path of the event's own page. */
	href: string;
	title: string;
	/** The partial date as written (`2006-07`). */
	date: string;
	/** `July 2006` */
	dateLabel: string;
	/** First instant covered and first instant after, UTC ms. */
	start: number;
	end: number;
	kind: EventKind;
	kindLabel: string;
	/** A turning point of the story (the schema's `key`): the timeline titles it first. */
	key: boolean;
	summary: string;
	phase: PhaseRef;
	actors: OrganisationRef[];
	sources: SourceRef[];
	amounts: AmountView[];
	/** The largest sum in pounds (ranges count by their upper end), if any. */
	headline?: AmountView;
	/** Ids of later events that follow directly from this one. */
	followedBy: string[];
}

export interface EventViewInput {
	events: readonly (TimelineEventData & { id: string })[];
	phases: readonly { id: string; title: string; shortTitle: string; order: number }[];
	organisations: readonly Organisation[];
	sources: readonly Source[];
}

/** The one citation label: publisher, year and pointer (`The Guardian, 2006, p. 3`). */
export function citationLabel(source: Pick<Source, 'publisher' | 'date'>, pointer?: string): string {
	return [source.publisher, source.date.slice(0, 4), pointer].filter(Boolean).join(', ');
}

/** Largest sum in pounds; ties go to the first listed. */
export function headlineAmount<A extends { unit: string; value: number; upTo?: number | undefined }>(amounts: readonly A[]): A | undefined {
	let best: A | undefined;
	for (const amount of amounts) {
		if (amount.unit !== 'GBP') continue;
		if (!best || (amount.upTo ?? amount.value) > (best.upTo ?? best.value)) best = amount;
	}
	return best;
}

/**
 * Builds every event's view, in the order given. Ids are assumed to resolve: the content
 * check has proved it, so a miss here is a bug and throws with the id.
 */
export function buildEventViews(input: EventViewInput): EventView[] {
	const lookup = <T extends { id: string }>(items: readonly T[], what: string) => {
		const map = new Map(items.map((item) => [item.id, item]));
		return (id: string): T => {
			const found = map.get(id);
			if (!found) throw new Error(`event view: unknown ${what} "${id}"`);
			return found;
		};
	};
	const phase = lookup(input.phases, 'phase');
	const organisation = lookup(input.organisations, 'organisation');
	const source = lookup(input.sources, 'source');

	const orgRef = (id: string): OrganisationRef => ({ id, name: organisation(id).name, href: routes.organisation(id) });
	const sourceRef = (citation: Citation): SourceRef => {
		const found = source(citation.source);
		return {
			id: found.id,
			title: found.title,
			publisher: found.publisher,
			url: found.url,
			...(found.archiveUrl && { archiveUrl: found.archiveUrl }),
			...(citation.pointer && { pointer: citation.pointer }),
			label: citationLabel(found, citation.pointer),
			about: routes.source(found.id),
		};
	};
	const amountView = (amount: Amount): AmountView => {
		const saidBy = orgRef(amount.saidBy);
		const short = formatFigure(amount);
		const long = formatFigure(amount, 'long');
		return {
			value: amount.value,
			...(amount.upTo !== undefined && { upTo: amount.upTo }),
			unit: amount.unit,
			about: amount.about,
			estimate: amount.estimate,
			saidBy,
			source: sourceRef(amount.source),
			short,
			long,
			line: `${long}: ${amount.about} (${amount.estimate ? `${saidBy.name} estimate` : saidBy.name})`,
		};
	};

	return input.events.map((event) => {
		const { id, title, shortTitle, order } = phase(event.phase);
		const amounts = event.amounts.map(amountView);
		const headline = headlineAmount(amounts);
		return {
			id: event.id,
			href: routes.event(event.id),
			title: event.title,
			date: event.date,
			dateLabel: formatPartialDate(event.date),
			start: dateStart(event.date).getTime(),
			end: dateEnd(event.date).getTime(),
			kind: event.kind,
			kindLabel: KIND_LABELS[event.kind],
			key: event.key ?? false,
			summary: event.summary,
			phase: { id, title, shortTitle, order, href: routes.phase(id) },
			actors: event.actors.map(orgRef),
			sources: event.sources.map(sourceRef),
			amounts,
			...(headline && { headline }),
			followedBy: event.followedBy,
		};
	});
}
