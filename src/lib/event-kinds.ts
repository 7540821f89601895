/** Every event kind, in legend order. Plain data (no zod), so client code can import it. */
export const EVENT_KINDS = [
	'legislation',
	'policy',
	'procurement',
	'contract',
	'campaign',
	'legal-challenge',
	'organisation-change',
] as const;

/** What sort of thing happened; each kind has one colour everywhere on the site. */
export type EventKind = (typeof EVENT_KINDS)[number];

/** Reader-facing names of the event kinds: one list for pages, cards, the timeline, embeds and open data. */
export const KIND_LABELS: Record<EventKind, string> = {
	legislation: 'Legislation',
	policy: 'Policy',
	procurement: 'Procurement',
	contract: 'Contract',
	campaign: 'Campaign',
	'legal-challenge': 'Legal challenge',
	'organisation-change': 'Organisation change',
};
