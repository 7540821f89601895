import { z } from 'astro/zod';
import { isRealPartialDate } from '../lib/dates';

/** A kebab-case identifier: lower-case letters, digits and single hyphens (`nhs-england`). */
export const IdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens)');

/**
 * A date written only as precisely as it is known: `2006`, `2006-07` or `2006-07-06`.
 * YAML turns unquoted `2006-07-06` into a Date and `2006` into a number; both are
 * accepted and normalised back to the string form, so authors need not quote dates.
 */
export const PartialDateSchema = z
	.union([z.string(), z.number().int(), z.date()])
	.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)))
	.refine(isRealPartialDate, {
		message: 'must be a real date written as YYYY, YYYY-MM or YYYY-MM-DD',
	});

/** An absolute http(s) address. */
export const UrlSchema = z.url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL' });

/** Non-empty text with surrounding white space removed. */
export const TextSchema = z.string().trim().min(1, 'must not be empty');
