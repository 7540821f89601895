import { z } from 'astro/zod';
import { IdSchema, TextSchema, UrlSchema } from './primitives';
import { ORGANISATION_KIND_IDS, type OrganisationKind } from '../lib/organisation-kinds';

export const OrganisationKindSchema = z.enum(ORGANISATION_KIND_IDS);
export type { OrganisationKind };

/** A body, company, union, campaign, party or research body (a think tank). Lives in `content/organisations.yaml`. */
export const OrganisationSchema = z.object({
	id: IdSchema,
	/** Full name (`Primary Care Trusts`, `UnitedHealth Group`). */
	name: TextSchema,
	/** Short form readers meet in the sources (`PCT`, `UNISON`). Every one must be in the glossary or explained here. */
	abbreviation: TextSchema.optional(),
	kind: OrganisationKindSchema,
	/** Other names the sources use (`United Health`, `Unison`); search and filters match these too. */
	aliases: z.array(TextSchema).default([]),
	/** What it is, in one plain line. */
	description: TextSchema,
	/** The organisation it belongs to (Optum → UnitedHealth Group). */
	parent: IdSchema.optional(),
	/** What replaced it (PCTs → CCGs → ICBs). */
	successor: IdSchema.optional(),
	/** Its own website, if it has or had one. */
	url: UrlSchema.optional(),
});
export type Organisation = z.output<typeof OrganisationSchema>;
