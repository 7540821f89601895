/** Axis ticks and their labels, as fine as the zoom level allows without crowding. */
import { utcDay, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { DAY_MS } from '../time';

export type TickLevel = 'year' | 'month' | 'day';

export interface Tick {
	/** UTC ms. */
	value: number;
	/** View position in pixels. */
	position: number;
	label: string;
	/** Year boundaries are drawn stronger. */
	major: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Candidate intervals, coarsest first, with their nominal length. */
const STEPS: { level: TickLevel; interval: TimeInterval; days: number }[] = [
	{ level: 'year', interval: utcYear.every(10)!, days: 3652 },
	{ level: 'year', interval: utcYear.every(5)!, days: 1826 },
	{ level: 'year', interval: utcYear.every(2)!, days: 730 },
	{ level: 'year', interval: utcYear, days: 365 },
	{ level: 'month', interval: utcMonth.every(6)!, days: 182 },
	{ level: 'month', interval: utcMonth.every(3)!, days: 91 },
	{ level: 'month', interval: utcMonth, days: 30 },
	{ level: 'day', interval: utcDay.every(7)!, days: 7 },
	{ level: 'day', interval: utcDay, days: 1 },
];

/**
 * A tick's label at a zoom level: years alone, months with the year at January, days with the month.
 * @example formatTick(Date.UTC(2006, 6, 1), 'month') // => 'Jul'
 */
export function formatTick(value: number, level: TickLevel): string {
	const date = new Date(value);
	const year = String(date.getUTCFullYear());
	const month = MONTHS[date.getUTCMonth()]!;
	if (level === 'year') return year;
	if (level === 'month') return date.getUTCMonth() === 0 ? year : month;
	return date.getUTCDate() === 1 && date.getUTCMonth() === 0 ? year : `${date.getUTCDate()} ${month}`;
}

/**
 * Ticks for the visible span [from, to] (UTC ms), choosing the finest interval whose ticks
 * stay at least `minSpacing` pixels apart. `toPosition` maps a time to view pixels.
 */
export function timeTicks(
	from: number,
	to: number,
	toPosition: (value: number) => number,
	minSpacing: number,
): Tick[] {
	if (!(to > from)) return [];
	const pxPerDay = Math.abs(toPosition(from + DAY_MS) - toPosition(from));
	const step = [...STEPS].reverse().find((candidate) => candidate.days * pxPerDay >= minSpacing) ?? STEPS[0]!;
	return step.interval.range(new Date(from), new Date(to + 1)).map((date) => {
		const value = date.getTime();
		const isYear = date.getUTCMonth() === 0 && date.getUTCDate() === 1;
		return { value, position: toPosition(value), label: formatTick(value, step.level), major: isYear };
	});
}
