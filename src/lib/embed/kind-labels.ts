import type { EventKind } from '../../schemas';

/** How each event kind is named to readers, on cards, in the embed and in the open data. */
export const KIND_LABELS: Record<EventKind, string> = {
	legislation: 'Legislation',
	policy: 'Policy',
	procurement: 'Procurement',
	contract: 'Contract',
	campaign: 'Campaign',
	'legal-challenge': 'Legal challenge',
	'organisation-change': 'Organisation change',
};
