/**
 * The one formatter for figures (sums of money, percentages, counts, years). Every page, card,
 * embed and data file takes its text from here, so £1,220,000,000 reads `£1.22bn` in short form
 * and `£1.22 billion` in long form everywhere. Client-safe: no astro:* or node:* imports.
 */

export type FigureUnit = 'GBP' | 'percent' | 'count' | 'years';

/** Short form for cards and marks (`£1.22bn`), long form for prose and lists (`£1.22 billion`). */
export type FigureForm = 'short' | 'long';

const SCALES = [
	{ size: 1e9, short: 'bn', long: ' billion' },
	{ size: 1e6, short: 'm', long: ' million' },
] as const;

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** Two decimals below 10 of a unit (`£1.22bn`), one above (`£64.5bn`), trailing zeros dropped. */
function scaled(value: number): string {
	return grouped.format(Number(value.toFixed(value < 10 ? 2 : 1)));
}

function single(value: number, unit: FigureUnit, form: FigureForm): string {
	if (unit === 'GBP') {
		const scale = SCALES.find(({ size }) => value >= size);
		return scale ? `£${scaled(value / scale.size)}${scale[form]}` : `£${grouped.format(value)}`;
	}
	if (unit === 'percent') return form === 'short' ? `${grouped.format(value)}%` : `${grouped.format(value)} per cent`;
	if (unit === 'years') return `${grouped.format(value)} ${value === 1 ? 'year' : 'years'}`;
	return grouped.format(value);
}

/**
 * A figure or a range as readers say it.
 * @example formatFigure({ value: 1.22e9, unit: 'GBP' }) // => '£1.22bn'
 * @example formatFigure({ value: 3e9, upTo: 5e9, unit: 'GBP' }, 'long') // => '£3 billion to £5 billion'
 */
export function formatFigure(figure: { value: number; upTo?: number | undefined; unit: FigureUnit }, form: FigureForm = 'short'): string {
	const low = single(figure.value, figure.unit, form);
	if (figure.upTo === undefined || figure.upTo === figure.value) return low;
	return `${low} to ${single(figure.upTo, figure.unit, form)}`;
}
