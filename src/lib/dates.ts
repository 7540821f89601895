/**
 * Partial dates: the project writes a date only as precisely as the record allows.
 * `2006` is a year, `2006-07` a month, `2006-07-06` a day. The precision is read
 * from the form of the string, so it is stated once and cannot disagree with the date.
 * All arithmetic is in UTC so that builds in any time zone agree.
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface DateSpan {
	/** First instant covered (UTC midnight). */
	start: Date;
	/** First instant after the span (exclusive end). */
	end: Date;
	precision: DatePrecision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTHS = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** The precision a partial date string carries, or undefined when it is not one. */
export function datePrecision(value: string): DatePrecision | undefined {
	const match = PARTIAL_DATE.exec(value);
	if (!match) return undefined;
	if (match[3]) return 'day';
	if (match[2]) return 'month';
	return 'year';
}

/**
 * The span a partial date covers, or undefined if it is malformed or not a real
 * calendar date.
 * @example parsePartialDate('2006-07') // => { start: 2006-07-01, end: 2006-08-01, precision: 'month' }
 */
export function parsePartialDate(value: string): DateSpan | undefined {
	const match = PARTIAL_DATE.exec(value);
	if (!match) return undefined;
	const year = Number(match[1]);
	const month = match[2] ? Number(match[2]) : undefined;
	const day = match[3] ? Number(match[3]) : undefined;
	if (month !== undefined && (month < 1 || month > 12)) return undefined;
	if (month === undefined) {
		return { start: utc(year, 1, 1), end: utc(year + 1, 1, 1), precision: 'year' };
	}
	if (day === undefined) {
		return { start: utc(year, month, 1), end: utc(year, month + 1, 1), precision: 'month' };
	}
	const start = utc(year, month, day);
	// Date.UTC rolls 2006-02-30 over into March; a real date survives the round trip.
	if (start.getUTCMonth() !== month - 1 || start.getUTCDate() !== day) return undefined;
	return { start, end: utc(year, month, day + 1), precision: 'day' };
}

/** True when the string is a well-formed partial date naming a real calendar date. */
export function isRealPartialDate(value: string): boolean {
	return parsePartialDate(value) !== undefined;
}

/** The first instant a partial date covers; throws on a malformed date (schemas reject those first). */
export function dateStart(value: string): Date {
	const span = parsePartialDate(value);
	if (!span) throw new Error(`not a real date: "${value}"`);
	return span.start;
}

/** The instant just after a partial date ends; throws on a malformed date. */
export function dateEnd(value: string): Date {
	const span = parsePartialDate(value);
	if (!span) throw new Error(`not a real date: "${value}"`);
	return span.end;
}

/** Sort comparator for partial dates: by start, then the more precise first. */
export function comparePartialDates(a: string, b: string): number {
	return dateStart(a).getTime() - dateStart(b).getTime() || b.length - a.length;
}

/**
 * Formats a partial date for readers in British English, only as precisely as it is known.
 * @example formatPartialDate('2006-07-06') // => '6 July 2006'
 * @example formatPartialDate('2006-07') // => 'July 2006'
 */
export function formatPartialDate(value: string, style: 'long' | 'short' = 'long'): string {
	const span = parsePartialDate(value);
	if (!span) throw new Error(`not a real date: "${value}"`);
	const year = span.start.getUTCFullYear();
	if (span.precision === 'year') return String(year);
	const monthName = MONTHS[span.start.getUTCMonth()]!;
	const month = style === 'short' ? monthName.slice(0, 3) : monthName;
	if (span.precision === 'month') return `${month} ${year}`;
	return `${span.start.getUTCDate()} ${month} ${year}`;
}

/** Builds a UTC date from calendar parts (month is 1-based). */
export function utc(year: number, month: number, day: number): Date {
	return new Date(Date.UTC(year, month - 1, day));
}
