import { expect, test } from 'vitest';
import { embedSnippet, escapeHtml } from '../../../../src/lib/embed/snippet';

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
			' width="600" height="640" frameborder="0" loading="lazy" allow="clipboard-write" style="display:block;width:100%;border:0"></iframe>\n' +
			'<script async src="https://x.example/embed.js"></script>',
	);
	expect(embedSnippet({ src: 'https://x.example/embed/timeline/', title: 't' })).not.toContain('<script');
});
