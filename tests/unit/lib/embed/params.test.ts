import { describe, expect, test } from 'vitest';
import {
	DEFAULT_EMBED_OPTIONS,
	isEventShown,
	parseAccent,
	parseEmbedParams,
	serializeEmbedParams,
} from '../../../../src/lib/embed/params';

const known = {
	phases: ['2006-pct-outsourcing-plan', '2021-2022-integrated-care'],
	events: ['2006-dh-advert-withdrawn', '2022-act-passed'],
	kinds: ['legislation', 'policy', 'contract'],
};

describe('parseEmbedParams', () => {
	test('an empty query gives the defaults', () => {
		expect(parseEmbedParams('', known)).toEqual(DEFAULT_EMBED_OPTIONS);
	});

	test('reads every valid option', () => {
		const options = parseEmbedParams(
			'?phase=2021-2022-integrated-care&from=2010&to=2016&kinds=policy,contract&event=2022-act-passed&theme=dark&accent=%23C06&compact=1',
			known,
		);
		expect(options).toEqual({
			phase: '2021-2022-integrated-care',
			from: 2010,
			to: 2016,
			kinds: ['policy', 'contract'],
			event: '2022-act-passed',
			theme: 'dark',
			accent: '#c06',
			compact: true,
		});
	});

	test('ignores ids the page does not have, and malformed ones', () => {
		const options = parseEmbedParams('?phase=nope&event=../../etc&kinds=policy,bogus,POLICY,policy', known);
		expect(options.phase).toBeUndefined();
		expect(options.event).toBeUndefined();
		expect(options.kinds).toEqual(['policy']);
	});

	test('ignores markup and script in every parameter', () => {
		const evil = encodeURIComponent('"><script>alert(1)</script>');
		const query = ['phase', 'from', 'to', 'kinds', 'event', 'theme', 'accent', 'compact'].map((name) => `${name}=${evil}`).join('&');
		expect(parseEmbedParams(`?${query}`, known)).toEqual(DEFAULT_EMBED_OPTIONS);
		expect(parseEmbedParams('?theme=javascript:alert(1)&accent=javascript:alert(1)', known)).toEqual(DEFAULT_EMBED_OPTIONS);
	});

	test('swaps a reversed year range and drops years out of bounds or not four digits', () => {
		expect(parseEmbedParams('?from=2016&to=2010', known)).toMatchObject({ from: 2010, to: 2016 });
		expect(parseEmbedParams('?from=1066&to=99999', known)).toMatchObject({ from: undefined, to: undefined });
		expect(parseEmbedParams('?from=2010.5&to=2e3', known)).toMatchObject({ from: undefined, to: undefined });
	});

	test('a huge query or value is cut or ignored, not parsed', () => {
		const huge = 'a'.repeat(100_000);
		expect(parseEmbedParams(`?phase=${huge}&theme=dark`, known)).toEqual(DEFAULT_EMBED_OPTIONS);
		expect(parseEmbedParams(`?theme=dark&kinds=${'policy,'.repeat(50_000)}`, known)).toMatchObject({ theme: 'dark', kinds: [] });
	});

	test('the first of repeated parameters wins', () => {
		expect(parseEmbedParams('?theme=light&theme=dark', known).theme).toBe('light');
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
		const options = { ...DEFAULT_EMBED_OPTIONS, from: 2010, kinds: ['policy'], accent: '#c06', compact: true };
		const query = serializeEmbedParams(options);
		expect(query).toBe('?from=2010&kinds=policy&accent=%23c06&compact=1');
		expect(parseEmbedParams(query, known)).toEqual(options);
		expect(serializeEmbedParams(DEFAULT_EMBED_OPTIONS)).toBe('');
	});
});

describe('isEventShown', () => {
	const event = { phase: '2006-pct-outsourcing-plan', kind: 'policy', year: 2006 };
	test('every filter must agree', () => {
		expect(isEventShown(event, DEFAULT_EMBED_OPTIONS)).toBe(true);
		expect(isEventShown(event, { ...DEFAULT_EMBED_OPTIONS, phase: '2021-2022-integrated-care' })).toBe(false);
		expect(isEventShown(event, { ...DEFAULT_EMBED_OPTIONS, kinds: ['contract'] })).toBe(false);
		expect(isEventShown(event, { ...DEFAULT_EMBED_OPTIONS, from: 2007 })).toBe(false);
		expect(isEventShown(event, { ...DEFAULT_EMBED_OPTIONS, to: 2005 })).toBe(false);
		expect(isEventShown(event, { ...DEFAULT_EMBED_OPTIONS, from: 2006, to: 2006, kinds: ['policy'] })).toBe(true);
	});
});
