/**
 * WCAG 2.x contrast between two colours, so the palette in tokens.css can be checked in
 * unit tests rather than by eye. Colours are `#rgb` or `#rrggbb`.
 */

/** The channels of a hex colour as 0–255 numbers; throws on anything else. */
export function parseHex(hex: string): [number, number, number] {
	const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
	if (!match) throw new Error(`not a hex colour: "${hex}"`);
	const digits = match[1]!.length === 3 ? [...match[1]!].map((d) => d + d).join('') : match[1]!;
	return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance as WCAG defines it (0 for black, 1 for white). */
export function relativeLuminance(hex: string): number {
	const [r, g, b] = parseHex(hex).map((channel) => {
		const c = channel / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The contrast ratio between two colours, from 1 to 21, order-independent.
 * @example contrastRatio('#000', '#fff') // => 21
 */
export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}
