import { expect, test } from 'vitest';
import { embedSnippet, escapeHtml } from '../../../../src/lib/embed/snippet';
import { oembedResponse } from '../../../../src/lib/embed/oembed';

test('escapeHtml escapes everything that could end an attribute or open a tag', () => {
	expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
});

test('the snippet is an iframe plus the loader, with escaped attributes', () => {
	const snippet = embedSnippet({
		src: 'https://x.example/embed/timeline/?from=2010&to=2012',
		title: 'A "quoted" <title>',
		loaderSrc: 'https://x.example/embed.js',
	});
	expect(snippet).toBe(
		'<iframe src="https://x.example/embed/timeline/?from=2010&amp;to=2012" title="A &quot;quoted&quot; &lt;title&gt;"' +
			' height="640" loading="lazy" allow="clipboard-write" style="border:0;width:100%;max-width:100%"></iframe>\n' +
			'<script async src="https://x.example/embed.js"></script>',
	);
	expect(embedSnippet({ src: 'https://x.example/embed/timeline/', title: 't' })).not.toContain('<script');
});

test('oEmbed responses are type rich with the iframe alone', () => {
	const response = oembedResponse({
		title: 'Timeline',
		embedUrl: 'https://x.example/embed/timeline/',
		thumbnailUrl: 'https://x.example/og/timeline.png',
		siteName: 'Site',
		siteUrl: 'https://x.example/',
	});
	expect(response).toMatchObject({ version: '1.0', type: 'rich', provider_url: 'https://x.example/', thumbnail_width: 1200 });
	expect(response.html).toMatch(/^<iframe src="https:\/\/x\.example\/embed\/timeline\/"[^>]*><\/iframe>$/);
});
