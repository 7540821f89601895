import { z } from 'astro/zod';
import { comparePartialDates } from '../lib/dates';
import { CitationSchema } from './event';
import { IdSchema, PartialDateSchema } from './primitives';

/** A date and the source that gives it. */
export const SourcedDateSchema = z.object({
	/** As precisely as the record allows (`2013-03-31`). */
	date: PartialDateSchema,
	/** Where a reader can check the date. */
	source: CitationSchema,
});
export type SourcedDate = z.output<typeof SourcedDateSchema>;

/**
 * A body that bought care for local areas of England, and when it did so. Lives in
 * `content/commissioners.yaml`; the front page's "Who bought care" band is drawn from these
 * dates, not from the phases, because the bodies changed on their own statutory dates.
 */
export const CommissionerSchema = z
	.object({
		/** Id of the body in `content/organisations.yaml` (`pcts`, `ccgs`, `icbs`). */
		id: IdSchema,
		/** The first day it commissioned care. */
		start: SourcedDateSchema,
		/** The last day it commissioned care; omit while it still does. */
		end: SourcedDateSchema.optional(),
	})
	.refine((body) => !body.end || comparePartialDates(body.start.date, body.end.date) <= 0, {
		message: 'end must not be before start',
		path: ['end', 'date'],
	});
export type Commissioner = z.output<typeof CommissionerSchema>;
