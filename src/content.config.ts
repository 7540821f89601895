/**
 * Wiring only: each collection gets a loader and its schema from src/schemas.
 * Cross-references (event → phase, sources, organisations) are checked with full,
 * named error lists by the content-check integration before these loaders run.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
	CommissionerSchema,
	CorrectionSchema,
	EventSchema,
	GlossaryTermSchema,
	OrganisationSchema,
	PhaseSchema,
	SourceSchema,
} from './schemas';

const phases = defineCollection({
	loader: glob({ base: './content/phases', pattern: '**/[^_]*.mdx' }),
	schema: PhaseSchema,
});

const events = defineCollection({
	loader: glob({ base: './content/events', pattern: '**/[^_]*.yaml' }),
	schema: EventSchema,
});

const sources = defineCollection({ loader: file('./content/sources.yaml'), schema: SourceSchema });
const organisations = defineCollection({ loader: file('./content/organisations.yaml'), schema: OrganisationSchema });
const glossary = defineCollection({ loader: file('./content/glossary.yaml'), schema: GlossaryTermSchema });
const commissioners = defineCollection({ loader: file('./content/commissioners.yaml'), schema: CommissionerSchema });
const corrections = defineCollection({ loader: file('./content/corrections.yaml'), schema: CorrectionSchema });

export const collections = { phases, events, sources, organisations, glossary, commissioners, corrections };
