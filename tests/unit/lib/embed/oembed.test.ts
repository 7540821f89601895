import { describe, expect, test } from 'vitest';
import { DomUtils, parseDocument } from 'htmlparser2';
import { oembedResponse, oembedXml } from '../../../../src/lib/embed/oembed';
import { DEFAULT_EMBED_HEIGHT, EMBED_WIDTH, EVENT_EMBED_HEIGHT } from '../../../../src/lib/embed/snippet';
import { wordpressAspectRatioClass, wordpressFilterOembedResult, wordpressLoadsResizer } from './wordpress';

const input = {
	title: 'Primary Care Trusts told to "divest"',
	pageUrl: 'https://x.example/events/2006-divest/',
	embedUrl: 'https://x.example/embed/events/2006-divest/',
	height: EVENT_EMBED_HEIGHT,
	thumbnailUrl: 'https://x.example/og/events/2006-divest.png',
	siteName: 'Site',
	siteUrl: 'https://x.example/',
};
const response = oembedResponse(input);

describe('oembedResponse', () => {
	test('is a complete rich response whose size is the iframe’s', () => {
		expect(response).toMatchObject({ version: '1.0', type: 'rich', provider_url: 'https://x.example/', width: EMBED_WIDTH, height: EVENT_EMBED_HEIGHT });
		expect(oembedResponse({ ...input, height: undefined }).height).toBe(DEFAULT_EMBED_HEIGHT);
	});

	test('its HTML is a blockquote linking to the page, then an iframe with valid size attributes, a frameborder and a title', () => {
		expect(response.html).toMatch(
			/^<blockquote class="wp-embedded-content"><a href="https:\/\/x\.example\/events\/2006-divest\/">Primary Care Trusts told to &quot;divest&quot; \(Site\)<\/a><\/blockquote><iframe src="https:\/\/x\.example\/embed\/events\/2006-divest\/" [^>]*><\/iframe>$/,
		);
		const iframe = String(response.html).slice(String(response.html).indexOf('<iframe'));
		expect(iframe).toMatch(/ width="\d+" height="\d+" frameborder="0"/);
		expect(iframe).toContain(' title="Primary Care Trusts told to &quot;divest&quot; (Site)"');
		expect(iframe).toContain('width:100%');
	});
});

describe('in WordPress (its own filter for providers it does not know)', () => {
	const filtered = wordpressFilterOembedResult(String(response.html), 'Ab12Cd34Ef');

	test('keeps the blockquote and the iframe, sandboxed and carrying the secret', () => {
		expect(filtered).toBe(
			'<blockquote class="wp-embedded-content" data-secret="Ab12Cd34Ef"><a href="https://x.example/events/2006-divest/">Primary Care Trusts told to &quot;divest&quot; (Site)</a></blockquote>' +
				'<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"' +
				` src="https://x.example/embed/events/2006-divest/#?secret=Ab12Cd34Ef" data-secret="Ab12Cd34Ef" title="Primary Care Trusts told to &quot;divest&quot; (Site)" width="${EMBED_WIDTH}" height="${EVENT_EMBED_HEIGHT}" frameborder="0"></iframe>`,
		);
	});

	test('loads its resizer, wp-embed.js, which an iframe alone does not get', () => {
		expect(wordpressLoadsResizer(filtered as string)).toBe(true);
		const iframeAlone = String(response.html).replace(/^<blockquote.*<\/blockquote>/, '');
		expect(wordpressLoadsResizer(wordpressFilterOembedResult(iframeAlone, 'Ab12Cd34Ef') as string)).toBe(false);
	});

	test('the embed block does not pin the frame to a fixed shape, so it can grow', () => {
		expect(wordpressAspectRatioClass(EMBED_WIDTH, DEFAULT_EMBED_HEIGHT)).toBeUndefined();
		expect(wordpressAspectRatioClass(EMBED_WIDTH, EVENT_EMBED_HEIGHT)).toBeUndefined();
		// The check itself: a 4:3 frame would be pinned.
		expect(wordpressAspectRatioClass(640, 480)).toBe('wp-embed-aspect-4-3');
	});
});

test('the XML response holds the same fields, text escaped', () => {
	const xml = oembedXml(response);
	expect(xml).toMatch(/^<\?xml version="1\.0" encoding="utf-8" standalone="yes"\?>\n<oembed>\n/);
	const root = DomUtils.findOne((node) => node.name === 'oembed', parseDocument(xml, { xmlMode: true }).children)!;
	const fields = Object.fromEntries(DomUtils.findAll(() => true, root.children).map((node) => [node.name, DomUtils.textContent(node)]));
	expect(fields).toEqual(Object.fromEntries(Object.entries(response).map(([name, value]) => [name, String(value)])));
});
