import { z } from 'astro/zod';
import { IdSchema, PartialDateSchema, TextSchema, UrlSchema } from './primitives';
import { SOURCE_KIND_IDS, type SourceKind } from '../lib/source-kinds';

/** What sort of document a source is; readers weigh a union leaflet and an Act differently. */
export const SourceKindSchema = z.enum(SOURCE_KIND_IDS);
export type { SourceKind };

/** One document the site cites. Lives in `content/sources.yaml`. */
export const SourceSchema = z.object({
	/** Stable id used by events, amounts and `<Cite id="…"/>`. */
	id: IdSchema,
	/** The document's own title, as published. */
	title: TextSchema,
	/** Who published it (newspaper, department, union, think tank). */
	publisher: TextSchema,
	/** Named author or speaker, where there is one. */
	author: TextSchema.optional(),
	/** Publication date, as precisely as it is known. */
	date: PartialDateSchema,
	/** Where a reader can read it. */
	url: UrlSchema,
	kind: SourceKindSchema,
	/** A copy in a web archive, for when the original moves or disappears. */
	archiveUrl: UrlSchema.optional(),
	/** A short note for readers: why this source is here, or how it is dated. */
	note: TextSchema.optional(),
	/**
	 * What this source gets wrong, or states differently from the record, and what the record
	 * says instead (one or two sentences). Listed on the corrections page; omit when nothing is.
	 */
	correction: TextSchema.optional(),
});
export type Source = z.output<typeof SourceSchema>;
