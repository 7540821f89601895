/**
 * The open data export: every event with its phase, kind, figures, organisations and
 * sources, as JSON (with a JSON Schema) and as CSV. Built from the same collections as the
 * pages; the schema below is the contract for re-users.
 */
import { routes } from '../routes';
import { z } from 'astro/zod';
import type { EventView, OrganisationRef, SourceRef } from '../event-view';

/** Licence of the data files, and how re-users should credit them. */
export const DATA_LICENCE = {
	name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
	url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

const LinkedId = z.object({ id: z.string(), name: z.string(), url: z.url() });
const SourceRef = z.object({
	id: z.string(),
	title: z.string(),
	publisher: z.string(),
	url: z.url(),
	archiveUrl: z.url().optional(),
	pointer: z.string().optional().describe('Where in the source to look'),
});

/** One exported event. */
export const ExportedEventSchema = z.object({
	id: z.string().describe('Stable id; also the last part of the event page URL'),
	url: z.url().describe('The event page'),
	title: z.string(),
	date: z.string().describe('As precisely as known: YYYY, YYYY-MM or YYYY-MM-DD'),
	kind: z.string(),
	kindLabel: z.string(),
	summary: z.string(),
	phase: z.object({ id: z.string(), title: z.string(), url: z.url() }),
	organisations: z.array(LinkedId).describe('Organisations that acted or were acted upon'),
	amounts: z.array(
		z.object({
			value: z.number(),
			upTo: z.number().optional().describe('Upper end of a range'),
			unit: z.enum(['GBP', 'percent', 'count', 'years']),
			about: z.string(),
			saidBy: LinkedId.describe('Whoever gave the figure'),
			estimate: z.boolean().describe('True for estimates and claims, which are attributed, not facts'),
			source: SourceRef,
		}),
	),
	sources: z.array(SourceRef),
});

/** The whole events.json file. */
export const EventsExportSchema = z.object({
	title: z.string(),
	licence: z.object({ name: z.string(), url: z.url(), attribution: z.string() }),
	source: z.url().describe('The site the data comes from'),
	events: z.array(ExportedEventSchema),
});
export type EventsExport = z.output<typeof EventsExportSchema>;

/** The JSON Schema of events.json, derived from the zod schema above. */
export function eventsJsonSchema(id: string): Record<string, unknown> {
	return { $id: id, ...z.toJSONSchema(EventsExportSchema, { target: 'draft-2020-12' }) };
}

interface Input {
	site: URL;
	siteName: string;
	events: readonly EventView[];
}

/** Builds the export from the event views, with every link made absolute. */
export function buildEventsExport(input: Input): EventsExport {
	const at = (path: string) => new URL(path, input.site).href;
	const org = (ref: OrganisationRef) => ({ id: ref.id, name: ref.name, url: at(ref.href) });
	// The export keeps the source's own fields; the site's label and anchor stay on the site.
	const source = ({ label: _label, about: _about, ...own }: SourceRef) => own;
	return {
		title: `${input.siteName}: timeline events`,
		licence: {
			...DATA_LICENCE,
			attribution: `Data from ${input.siteName} (${at(routes.home())}), licensed under CC BY 4.0.`,
		},
		source: at(routes.home()),
		events: input.events.map((event) => ({
			id: event.id,
			url: at(event.href),
			title: event.title,
			date: event.date,
			kind: event.kind,
			kindLabel: event.kindLabel,
			summary: event.summary,
			phase: { id: event.phase.id, title: event.phase.title, url: at(event.phase.href) },
			organisations: event.actors.map(org),
			amounts: event.amounts.map((amount) => ({
				value: amount.value,
				...(amount.upTo !== undefined && { upTo: amount.upTo }),
				unit: amount.unit,
				about: amount.about,
				saidBy: org(amount.saidBy),
				estimate: amount.estimate,
				source: source(amount.source),
			})),
			sources: event.sources.map(source),
		})),
	};
}

/** The CSV columns, in order. Lists inside a cell are separated by ` | `. */
export const CSV_COLUMNS = [
	'id',
	'url',
	'date',
	'title',
	'kind',
	'phase_id',
	'phase_title',
	'summary',
	'organisation_ids',
	'organisation_names',
	'amounts',
	'source_ids',
	'source_urls',
] as const;

/**
 * One CSV cell: quoted when it needs to be, and with a leading apostrophe where a
 * spreadsheet would otherwise read the text as a formula.
 */
export function csvCell(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function describeAmount(amount: EventsExport['events'][number]['amounts'][number]): string {
	const figure = amount.upTo === undefined ? `${amount.value}` : `${amount.value}-${amount.upTo}`;
	const kind = amount.estimate ? 'estimate by' : 'stated by';
	return `${figure} ${amount.unit} (${amount.about}; ${kind} ${amount.saidBy.name}; source ${amount.source.id})`;
}

/** events.csv: one row per event, RFC 4180 quoting, CRLF line ends. */
export function eventsCsv(data: EventsExport): string {
	const join = (items: string[]) => items.join(' | ');
	const rows = data.events.map((event) =>
		[
			event.id,
			event.url,
			event.date,
			event.title,
			event.kind,
			event.phase.id,
			event.phase.title,
			event.summary,
			join(event.organisations.map((org) => org.id)),
			join(event.organisations.map((org) => org.name)),
			join(event.amounts.map(describeAmount)),
			join(event.sources.map((source) => source.id)),
			join(event.sources.map((source) => source.url)),
		].map(csvCell),
	);
	return [[...CSV_COLUMNS], ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n';
}
