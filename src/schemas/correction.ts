import { z } from 'astro/zod';
import { CitationSchema } from './event';
import { IdSchema, PartialDateSchema, TextSchema } from './primitives';

/** The kinds of page a correction can point at; each has its own address. */
export const CorrectedPageKindSchema = z.enum(['phase', 'event', 'glossary', 'organisation']);
export type CorrectedPageKind = z.output<typeof CorrectedPageKindSchema>;

/** One page a correction changed: a phase page, an event, a glossary term or an organisation. */
export const CorrectedPageSchema = z.object({
	kind: CorrectedPageKindSchema,
	/** Id of the phase, event, glossary term or organisation. */
	id: IdSchema,
});
export type CorrectedPage = z.output<typeof CorrectedPageSchema>;

/**
 * A correction the site made to its own text. Lives in `content/corrections.yaml`; listed on
 * /corrections/, in the feed, and on every page it changed.
 */
export const CorrectionSchema = z.object({
	/** Stable id; the corrections page anchors each entry on it. */
	id: IdSchema,
	/** The day the correction was published. */
	date: PartialDateSchema,
	/** A short headline (`The NHS Commissioning Board's legal name`). */
	title: TextSchema,
	/** What the site said before and what it says now, in one or two sentences. */
	changed: TextSchema,
	/** Why: what was wrong, misleading or unattributed. */
	why: TextSchema,
	/** The pages changed; at least one. */
	pages: z.array(CorrectedPageSchema).min(1, 'a correction must name the page it corrects'),
	/** The record the correction rests on; at least one source. */
	sources: z.array(CitationSchema).min(1, 'every correction needs at least one source'),
});
export type Correction = z.output<typeof CorrectionSchema>;
