import { z } from 'astro/zod';
import { IdSchema, PartialDateSchema, TextSchema } from './primitives';
import { EVENT_KINDS, type EventKind } from '../lib/event-kinds';

/** What sort of thing happened. Each kind has one colour everywhere on the site. */
export const EventKindSchema = z.enum(EVENT_KINDS);
export type { EventKind };

/** A pointer to a source, with where in it to look. */
export const CitationSchema = z.object({
	/** Id of an entry in `content/sources.yaml`. */
	source: IdSchema,
	/** Page, section or a short quotation that locates the claim in the source. */
	pointer: TextSchema.optional(),
});
export type Citation = z.output<typeof CitationSchema>;

/** A sum or figure, always with who said it and where. */
export const AmountSchema = z
	.object({
		/** The figure (pounds in full: 64000000000, not 64). For a range, the lower end. */
		value: z.number().nonnegative(),
		/** Upper end of a range (`30` to `40` per cent); omit for a single figure. */
		upTo: z.number().nonnegative().optional(),
		unit: z.enum(['GBP', 'percent', 'count', 'years']),
		/** What the figure measures, in a few words (`PCT budgets in England`). */
		about: TextSchema,
		/** Organisation id of whoever gave the figure. */
		saidBy: IdSchema,
		/** True for estimates and claims, which the site must attribute rather than state as fact. */
		estimate: z.boolean().default(false),
		/** Where the figure was published. */
		source: CitationSchema,
	})
	.refine((amount) => amount.upTo === undefined || amount.upTo >= amount.value, {
		message: 'upTo must not be less than value',
		path: ['upTo'],
	});
export type Amount = z.output<typeof AmountSchema>;

/** One dated event. One YAML file per event in `content/events/`; the file name is its id. */
export const EventSchema = z.object({
	/** A short headline in plain English. */
	title: TextSchema,
	/** When it happened, as precisely as the record allows (`2006`, `2006-07`, `2006-07-06`). */
	date: PartialDateSchema,
	/** Id of the phase it belongs to; the date must lie inside that phase's bounds. */
	phase: IdSchema,
	kind: EventKindSchema,
	/** Two to four plain sentences: what happened and why it matters. */
	summary: TextSchema,
	/** Organisation ids of those who acted or were acted upon. */
	actors: z.array(IdSchema).default([]),
	/** Sums of money and other figures at stake. */
	amounts: z.array(AmountSchema).default([]),
	/** Ids of later events that follow directly from this one ("what happened next"). */
	followedBy: z.array(IdSchema).default([]),
	/** At least one source a reader can follow. */
	sources: z.array(CitationSchema).min(1, 'every event needs at least one source'),
	/**
	 * The day the event was added to the site, for the feed of new events. Omitted for the
	 * events the site launched with, which are not news to anyone following it.
	 */
	added: PartialDateSchema.optional(),
});
export type TimelineEventData = z.output<typeof EventSchema>;
