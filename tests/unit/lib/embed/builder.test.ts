import { expect, test } from 'vitest';
import { embedTarget } from '../../../../src/lib/embed/builder';
import { DEFAULT_EMBED_OPTIONS } from '../../../../src/lib/embed/params';
import { DEFAULT_EMBED_HEIGHT, EVENT_EMBED_HEIGHT } from '../../../../src/lib/embed/snippet';

test('a timeline choice embeds the timeline or its phase with the options, and pastes as the timeline or phase page', () => {
	expect(embedTarget({ view: 'timeline', options: { ...DEFAULT_EMBED_OPTIONS, from: 2010, compact: true } })).toEqual({
		embedPath: '/embed/timeline/?from=2010&compact=1',
		pagePath: '/timeline/',
		height: DEFAULT_EMBED_HEIGHT,
	});
	expect(embedTarget({ view: 'timeline', options: { ...DEFAULT_EMBED_OPTIONS, phase: 'p' } })).toMatchObject({ embedPath: '/embed/timeline/p/', pagePath: '/phases/p/' });
});

test('an event choice embeds the event’s card in the chosen colours, and pastes as the event page', () => {
	expect(embedTarget({ view: 'event', event: 'e', options: { theme: 'dark', accent: '#c06' } })).toEqual({
		embedPath: '/embed/events/e/?theme=dark&accent=%23c06',
		pagePath: '/events/e/',
		height: EVENT_EMBED_HEIGHT,
	});
});
