/**
 * Reads src/styles/tokens.css and checks every colour pair the site draws, in both themes,
 * against WCAG 2.2 AA: 4.5:1 for text, 3:1 for graphics and focus indicators.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contrastRatio } from '../../src/lib/contrast';

const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');

/** The `--name: #hex` declarations in a block of CSS. */
function colours(block: string): Map<string, string> {
	return new Map([...block.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{3,6})\s*;/gi)].map((m) => [m[1]!, m[2]!]));
}

const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const light = colours(css.slice(0, darkStart));
const dark = new Map([...light, ...colours(css.slice(darkStart))]);

const kinds = ['legislation', 'policy', 'procurement', 'contract', 'campaign', 'legal-challenge', 'organisation-change'].map((k) => `kind-${k}`);
const phases = [1, 2, 3, 4, 5, 6].map((n) => `phase-${n}`);
const grounds = ['color-paper', 'color-surface'];

/** [foreground, background, minimum ratio, what the pair is]. */
const pairs: [string, string, number, string][] = [
	...grounds.flatMap((bg) => [
		['color-ink', bg, 4.5, 'body text'],
		['color-ink-muted', bg, 4.5, 'dates and captions'],
		['color-link', bg, 4.5, 'links'],
		['color-accent', bg, 4.5, 'kickers and labels'],
		['color-focus', bg, 3, 'focus outline'],
		...kinds.map((kind) => [kind, bg, 4.5, 'kind colour used as text or a mark'] as [string, string, number, string]),
	] as [string, string, number, string][]),
	['color-accent-ink', 'color-accent', 4.5, 'text on an accent button'],
	['color-ink', 'color-focus-halo', 4.5, 'text inside a focus halo'],
	...phases.flatMap((band) => [
		['color-ink', band, 4.5, 'text on a phase band'],
		['color-ink-muted', band, 4.5, 'captions on a phase band'],
		['color-link', band, 4.5, 'links on a phase band'],
		...kinds.map((kind) => [kind, band, 3, 'event mark on a phase band'] as [string, string, number, string]),
	] as [string, string, number, string][]),
];

test('tokens.css defines every colour in both themes', () => {
	const names = [...new Set(pairs.flatMap(([fg, bg]) => [fg, bg]))];
	for (const name of names) {
		expect(light.get(name), `light --${name}`).toMatch(/^#/);
		expect(colours(css.slice(darkStart)).get(name), `dark --${name}`).toMatch(/^#/);
	}
});

describe.each([
	['light', light],
	['dark', dark],
] as const)('%s theme', (_theme, palette) => {
	test.each(pairs)('--%s on --%s reaches %s:1 (%s)', (fg, bg, minimum) => {
		const ratio = contrastRatio(palette.get(fg)!, palette.get(bg)!);
		expect(ratio, `${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(minimum);
	});
});

test('no NHS identity blue anywhere in the palette', () => {
	expect(css.toLowerCase()).not.toContain('#005eb8');
});
