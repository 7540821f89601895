import { describe, expect, test } from 'vitest';
import { DEFAULT_EMBED_DISPLAY, parseAccent, parseEmbedDisplay, parseEmbedParams, serializeEmbedParams } from '../../../../src/lib/embed/params';
import { EMPTY_FILTERS } from '../../../../src/lib/timeline/types';

const known = {
	phases: new Set(['2006-pct-outsourcing-plan', '2021-2022-integrated-care']),
	events: new Set(['2006-dh-advert-withdrawn', '2022-act-passed']),
	organisations: new Set<string>(),
};
const DEFAULTS = { state: { filters: EMPTY_FILTERS }, ...DEFAULT_EMBED_DISPLAY };

describe('parseEmbedParams', () => {
	test('an empty query gives the defaults', () => {
		expect(parseEmbedParams('', known)).toEqual(DEFAULTS);
	});

	test('reads every valid option, with the timeline page’s own parser for what is shown', () => {
		const options = parseEmbedParams(
			'?phase=2021-2022-integrated-care&from=2010&to=2016&kinds=policy,contract&event=2022-act-passed&view=story&theme=dark&accent=%23C06&compact=1',
			known,
		);
		expect(options).toEqual({
			state: { event: '2022-act-passed', view: 'story', filters: { kinds: ['policy', 'contract'], phase: '2021-2022-integrated-care', query: '', from: 2010, to: 2016 } },
			theme: 'dark',
			accent: '#c06',
			compact: true,
		});
	});

	test('accepts kind= as well as kinds=, as /timeline/ does', () => {
		expect(parseEmbedParams('?kind=policy', known).state.filters.kinds).toEqual(['policy']);
		expect(parseEmbedParams('?kinds=policy', known).state.filters.kinds).toEqual(['policy']);
	});

	test('ignores ids the page does not have, and malformed ones', () => {
		const { state } = parseEmbedParams('?phase=nope&event=../../etc&kinds=policy,bogus,POLICY,policy', known);
		expect(state.filters.phase).toBeUndefined();
		expect(state.event).toBeUndefined();
		expect(state.filters.kinds).toEqual(['policy']);
	});

	test('ignores markup and script in every parameter', () => {
		const evil = encodeURIComponent('"><script>alert(1)</script>');
		const query = ['phase', 'from', 'to', 'kinds', 'event', 'view', 'theme', 'accent', 'compact'].map((name) => `${name}=${evil}`).join('&');
		expect(parseEmbedParams(`?${query}`, known)).toEqual(DEFAULTS);
		expect(parseEmbedParams('?theme=javascript:alert(1)&accent=javascript:alert(1)', known)).toEqual(DEFAULTS);
	});

	test('swaps a reversed year range and drops years out of bounds or not four digits', () => {
		expect(parseEmbedParams('?from=2016&to=2010', known).state.filters).toMatchObject({ from: 2010, to: 2016 });
		expect(parseEmbedParams('?from=1066&to=99999', known).state.filters).not.toHaveProperty('from');
		expect(parseEmbedParams('?from=2010.5&to=2e3', known).state.filters).not.toHaveProperty('to');
	});

	test('a huge query or value is cut or ignored, not parsed', () => {
		const huge = 'a'.repeat(100_000);
		expect(parseEmbedParams(`?phase=${huge}&theme=dark`, known)).toEqual(DEFAULTS);
		expect(parseEmbedParams(`?theme=${huge}`, known).theme).toBe('auto');
		expect(parseEmbedParams(`?kinds=${'policy,'.repeat(1500)}`, known).state.filters.kinds).toEqual([]);
	});

	test('the first of repeated parameters wins', () => {
		expect(parseEmbedDisplay('?theme=light&theme=dark').theme).toBe('light');
	});
});

describe('parseAccent', () => {
	test('accepts #rgb and #rrggbb only, in any case, with or without #', () => {
		expect(parseAccent('#ABC')).toBe('#abc');
		expect(parseAccent('a1b2c3')).toBe('#a1b2c3');
		for (const bad of ['#abcd', '#12345g', 'red', 'rgb(0,0,0)', '#fff;}body{display:none', 'url(x)', '#ffffff00']) {
			expect(parseAccent(bad)).toBeUndefined();
		}
	});
});

describe('serializeEmbedParams', () => {
	test('round-trips through parseEmbedParams and leaves out defaults', () => {
		const options = { ...DEFAULTS, state: { event: '2022-act-passed', view: 'story' as const, filters: { ...EMPTY_FILTERS, kinds: ['policy' as const], from: 2010 } }, accent: '#c06', compact: true };
		const query = serializeEmbedParams(options);
		expect(query).toBe('?event=2022-act-passed&view=story&kind=policy&from=2010&accent=%23c06&compact=1');
		expect(parseEmbedParams(query, known)).toEqual(options);
		expect(serializeEmbedParams(DEFAULTS)).toBe('');
	});
});
