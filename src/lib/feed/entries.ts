/**
 * What the feed carries: events added after launch (those with an `added` date) and the
 * site's corrections, newest first, each linking to its page on the site.
 */
import type { Correction, TimelineEventData } from '../../schemas';
import { formatPartialDate } from '../dates';
import { routes } from '../routes';
import { toAtomDate, type AtomEntry } from './atom';

export interface FeedInput {
	events: (TimelineEventData & { id: string })[];
	corrections: Correction[];
	/** The site's public address, for absolute links. */
	site: URL;
}

/**
 * Feed entries, newest first (ties by title, so the order is stable).
 * @example feedEntries({ events, corrections, site: new URL('https://example.org') })
 */
export function feedEntries({ events, corrections, site }: FeedInput): AtomEntry[] {
	const absolute = (path: string) => new URL(path, site).href;
	const added = events.flatMap((event) =>
		event.added
			? [
					{
						id: absolute(routes.event(event.id)),
						title: event.title,
						updated: toAtomDate(event.added),
						link: absolute(routes.event(event.id)),
						summary: `${formatPartialDate(event.date)}: ${event.summary}`,
						category: 'New event',
					},
				]
			: [],
	);
	const corrected = corrections.map((correction) => ({
		id: absolute(routes.correction(correction.id)),
		title: `Correction: ${correction.title}`,
		updated: toAtomDate(correction.date),
		link: absolute(routes.correction(correction.id)),
		summary: `${correction.changed} ${correction.why}`,
		category: 'Correction',
	}));
	return [...added, ...corrected].sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title));
}
