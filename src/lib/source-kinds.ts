/** Every source kind. Plain data (no zod): the schema's enum is made from it. */
export const SOURCE_KIND_IDS = ['news', 'blog', 'union', 'official', 'legislation', 'research'] as const;
export type SourceKind = (typeof SOURCE_KIND_IDS)[number];

/**
 * Reader-facing names of source kinds, singular and as a group heading, in the sources page's
 * order: the official record first, then analysis, then reporting and campaign material.
 */
export const SOURCE_KINDS: { kind: SourceKind; one: string; group: string }[] = [
	{ kind: 'legislation', one: 'Legislation', group: 'Laws and court judgments' },
	{ kind: 'official', one: 'Official publication', group: 'Official publications' },
	{ kind: 'research', one: 'Research', group: 'Research and analysis' },
	{ kind: 'news', one: 'News report', group: 'News reports' },
	{ kind: 'union', one: 'Union document', group: 'Union documents' },
	{ kind: 'blog', one: 'Blog post', group: 'Blogs and campaign sites' },
];
