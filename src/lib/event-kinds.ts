import type { EventKind } from '../schemas';

/** Reader-facing names of the event kinds, in legend order: one list for pages, cards, embeds and open data. */
export const KIND_LABELS: Record<EventKind, string> = {
	legislation: 'Legislation',
	policy: 'Policy',
	procurement: 'Procurement',
	contract: 'Contract',
	campaign: 'Campaign',
	'legal-challenge': 'Legal challenge',
	'organisation-change': 'Organisation change',
};
