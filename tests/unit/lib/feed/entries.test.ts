import { describe, expect, test } from 'vitest';
import { feedEntries } from '../../../../src/lib/feed/entries';
import type { Correction, TimelineEventData } from '../../../../src/schemas';

const site = new URL('https://example.org');
const event = (id: string, added?: string): TimelineEventData & { id: string } => ({
	id,
	title: `Event ${id}`,
	date: '2015-03',
	phase: 'p',
	kind: 'contract',
	summary: 'Something happened.',
	actors: [],
	amounts: [],
	followedBy: [],
	sources: [{ source: 's' }],
	...(added ? { added } : {}),
});
const correction: Correction = {
	id: 'fix',
	date: '2026-11-29',
	title: 'A fix',
	changed: 'It said X; it now says Y.',
	why: 'X was wrong.',
	pages: [{ kind: 'event', id: 'a' }],
	sources: [{ source: 's' }],
};

describe('feedEntries', () => {
	test('carries only events added after launch, and every correction, newest first', () => {
		const entries = feedEntries({ events: [event('old'), event('new', '2026-11-30')], corrections: [correction], site });
		expect(entries.map((entry) => [entry.category, entry.title, entry.updated])).toEqual([
			['New event', 'Event new', '2026-11-30T00:00:00Z'],
			['Correction', 'Correction: A fix', '2026-11-29T00:00:00Z'],
		]);
	});

	test('links each entry to its page on the site, and says when an event happened', () => {
		const [added, fixed] = feedEntries({ events: [event('new', '2026-11-30')], corrections: [correction], site });
		expect(added).toMatchObject({ id: 'https://example.org/events/new/', link: 'https://example.org/events/new/', summary: 'March 2015: Something happened.' });
		expect(fixed).toMatchObject({ link: 'https://example.org/corrections/#fix', summary: 'It said X; it now says Y. X was wrong.' });
	});
});
