import { z } from 'astro/zod';
import { IdSchema, PartialDateSchema, TextSchema } from './primitives';

/**
 * Frontmatter of a phase page (`content/phases/<id>.mdx`; the file name is the id and URL slug).
 * No dates are typed here unless the phase needs bounds its events do not give:
 * a phase's span is otherwise derived from its events.
 */
export const PhaseSchema = z
	.object({
		/** The full headline of the phase page. */
		title: TextSchema,
		/** A few words for navigation, cards and timeline bands (`Prime contractors`). */
		shortTitle: TextSchema,
		/** Position in the story, from 1. Phases may overlap in time, so order is stated. */
		order: z.number().int().positive(),
		/** One sentence saying what changed. */
		summary: TextSchema,
		/**
		 * Organisation id of the commissioning body the phase is mainly about (`ccgs` for the Lansley
		 * reforms, which created them). Who actually bought care on a date comes from the bodies' own
		 * dates in `content/commissioners.yaml` (lib/commissioners.ts), not from this field.
		 */
		commissioner: IdSchema,
		/** Optional stated start; when given, every event of the phase must fall on or after it. */
		start: PartialDateSchema.optional(),
		/** Optional stated end; when given, every event of the phase must fall on or before it. */
		end: PartialDateSchema.optional(),
	})
	.refine((phase) => !phase.start || !phase.end || phase.start <= phase.end, {
		message: 'start must not be after end',
		path: ['end'],
	});
export type Phase = z.output<typeof PhaseSchema>;
