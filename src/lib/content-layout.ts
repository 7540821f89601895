/**
 * Where each collection lives under the content folder and which files Astro loads: the one
 * definition that src/content.config.ts hands to Astro's loaders and the content check reads
 * with the same glob library (tinyglobby) Astro's glob loader uses.
 */

/** The content folder, relative to the project root. */
export const CONTENT_ROOT = 'content';

/**
 * One file per entry, found by a glob under `base`. The pattern is recursive, like Astro's;
 * files whose names start with `_` are drafts or partials and are not loaded. Events accept
 * both extensions Astro reads YAML from.
 */
export const ENTRY_FOLDERS = {
	phases: { base: 'phases', pattern: '**/[^_]*.mdx' },
	events: { base: 'events', pattern: '**/[^_]*.{yaml,yml}' },
} as const;

/** One file holding a list of entries, each with an `id`. */
export const LIST_FILES = {
	sources: 'sources.yaml',
	organisations: 'organisations.yaml',
	glossary: 'glossary.yaml',
	commissioners: 'commissioners.yaml',
	corrections: 'corrections.yaml',
} as const;
