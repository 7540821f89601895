/** Every organisation kind, in page order. Plain data (no zod): the schema's enum is made from it. */
export const ORGANISATION_KIND_IDS = ['public-body', 'company', 'union', 'campaign', 'political', 'research'] as const;
export type OrganisationKind = (typeof ORGANISATION_KIND_IDS)[number];

/** Reader-facing names of organisation kinds, singular and as a group heading, in page order. */
export const ORGANISATION_KINDS: { kind: OrganisationKind; one: string; group: string }[] = [
	{ kind: 'public-body', one: 'Public body', group: 'Public bodies' },
	{ kind: 'company', one: 'Company', group: 'Companies' },
	{ kind: 'union', one: 'Union or professional body', group: 'Unions and professional bodies' },
	{ kind: 'campaign', one: 'Campaign group', group: 'Campaign groups' },
	{ kind: 'political', one: 'Party or politician', group: 'Parties and politicians' },
	{ kind: 'research', one: 'Research body or think tank', group: 'Research bodies and think tanks' },
];
