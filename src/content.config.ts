/**
 * Wiring only: each collection gets a loader (where its files are: lib/content-layout.ts, which
 * the content check reads too) and its schema from src/schemas.
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
import { CONTENT_ROOT, ENTRY_FOLDERS, LIST_FILES } from './lib/content-layout';

const entries = (folder: keyof typeof ENTRY_FOLDERS) =>
	glob({ base: `./${CONTENT_ROOT}/${ENTRY_FOLDERS[folder].base}`, pattern: ENTRY_FOLDERS[folder].pattern });
const list = (name: keyof typeof LIST_FILES) => file(`./${CONTENT_ROOT}/${LIST_FILES[name]}`);

const phases = defineCollection({
	loader: entries('phases'),
	schema: PhaseSchema,
});

const events = defineCollection({
	loader: entries('events'),
	schema: EventSchema,
});

const sources = defineCollection({ loader: list('sources'), schema: SourceSchema });
const organisations = defineCollection({ loader: list('organisations'), schema: OrganisationSchema });
const glossary = defineCollection({ loader: list('glossary'), schema: GlossaryTermSchema });
const commissioners = defineCollection({ loader: list('commissioners'), schema: CommissionerSchema });
const corrections = defineCollection({ loader: list('corrections'), schema: CorrectionSchema });

export const collections = { phases, events, sources, organisations, glossary, commissioners, corrections };
