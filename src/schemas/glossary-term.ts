import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './primitives';

/** A term of art or acronym, defined in plain English. Lives in `content/glossary.yaml`. */
export const GlossaryTermSchema = z.object({
	id: IdSchema,
	/** The term spelled out (`Clinical commissioning group`). */
	term: TextSchema,
	/** Its acronym, if it has one (`CCG`); pages that use the acronym link here. */
	abbreviation: TextSchema.optional(),
	/** One to three sentences a 14-year-old can follow. */
	definition: TextSchema,
	/** Ids of other glossary terms worth reading next. */
	related: z.array(IdSchema).default([]),
	/** Other spellings (`purchaser/provider split`). */
	aliases: z.array(TextSchema).default([]),
});
export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
