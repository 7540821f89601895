import { describe, expect, test } from 'vitest';
import { eventJsonLd } from '../../../../src/lib/social/json-ld';
import { emailShareHref } from '../../../../src/lib/social/share';
import { forcedThemeCss, parseThemeTokens } from '../../../../src/lib/social/tokens';

describe('JSON-LD', () => {
	test('an event is an Article covering its date, published and modified when its file was', () => {
		const data = eventJsonLd(
			{ id: 'e', title: 'T', summary: 'S', date: '2006-06', kindLabel: 'Policy', revised: { published: '2026-11-01', modified: '2026-11-20' } },
			new URL('https://x.example'),
			'Site',
		);
		expect(data).toMatchObject({
			'@type': 'Article',
			url: 'https://x.example/events/e/',
			image: 'https://x.example/og/events/e.png',
			temporalCoverage: '2006-06',
			genre: 'Policy',
			datePublished: '2026-11-01',
			dateModified: '2026-11-20',
		});
	});
});

test('the email link carries the title and the address, encoded', () => {
	expect(emailShareHref('A & B', 'https://x.example/e/', 'Why')).toBe(
		'mailto:?subject=A%20%26%20B&body=Why%0A%0Ahttps%3A%2F%2Fx.example%2Fe%2F',
	);
});

describe('theme tokens', () => {
	const css = `:root { --color-ink: #111; --space-1: 0.25rem; /* --ignored: #fff; */ }
@media (prefers-color-scheme: dark) { :root { --color-ink: #eee; } }`;
	test('reads light and dark values', () => {
		expect(parseThemeTokens(css)).toEqual({ light: { '--color-ink': '#111', '--space-1': '0.25rem' }, dark: { '--color-ink': '#eee' } });
	});
	test('forced themes carry colours only', () => {
		const forced = forcedThemeCss(parseThemeTokens(css));
		expect(forced).toContain(":root[data-theme='light']{color-scheme:light;--color-ink:#111}");
		expect(forced).toContain(":root[data-theme='dark']{color-scheme:dark;--color-ink:#eee}");
		expect(forced).not.toContain('space');
	});
});
