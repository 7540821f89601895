import { expect, test } from 'vitest';
import { embedTarget } from '../../../../src/lib/embed/builder';
import { DEFAULT_EMBED_DISPLAY } from '../../../../src/lib/embed/params';
import { EMPTY_FILTERS } from '../../../../src/lib/timeline/types';
import { DEFAULT_EMBED_HEIGHT, EVENT_EMBED_HEIGHT } from '../../../../src/lib/embed/snippet';

test('a timeline choice embeds the timeline or its phase with the options, and pastes as the timeline or phase page', () => {
	const state = (filters = {}) => ({ filters: { ...EMPTY_FILTERS, ...filters } });
	expect(embedTarget({ view: 'timeline', options: { ...DEFAULT_EMBED_DISPLAY, state: state({ from: 2010 }), compact: true } })).toEqual({
		embedPath: '/embed/timeline/?from=2010&compact=1',
		pagePath: '/timeline/',
		height: DEFAULT_EMBED_HEIGHT,
	});
	expect(embedTarget({ view: 'timeline', options: { ...DEFAULT_EMBED_DISPLAY, state: state({ phase: 'p' }) } })).toMatchObject({ embedPath: '/embed/timeline/p/', pagePath: '/phases/p/' });
	// A chosen event opens the embed's story there.
	expect(embedTarget({ view: 'timeline', options: { ...DEFAULT_EMBED_DISPLAY, state: { event: 'e', view: 'story', filters: EMPTY_FILTERS } } }).embedPath).toBe('/embed/timeline/?event=e&view=story');
});

test('an event choice embeds the event’s card in the chosen colours, and pastes as the event page', () => {
	expect(embedTarget({ view: 'event', event: 'e', options: { theme: 'dark', accent: '#c06' } })).toEqual({
		embedPath: '/embed/events/e/?theme=dark&accent=%23c06',
		pagePath: '/events/e/',
		height: EVENT_EMBED_HEIGHT,
	});
});
