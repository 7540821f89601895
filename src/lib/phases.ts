import { comparePartialDates } from './dates';

/** The dates a phase covers: stated bounds where given, otherwise its earliest and latest events. */
export interface PhaseSpan {
	start: string;
	end: string;
}

/**
 * Works out each phase's span from its own bounds and its events' dates, so that no
 * date is typed twice. A phase with no bounds and no events has no span.
 * @example derivePhaseSpan({ start: '2014' }, ['2015-03', '2016-07']) // => { start: '2014', end: '2016-07' }
 */
export function derivePhaseSpan(
	bounds: { start?: string | undefined; end?: string | undefined },
	eventDates: readonly string[],
): PhaseSpan | undefined {
	const sorted = [...eventDates].sort(comparePartialDates);
	const start = bounds.start ?? sorted[0];
	const end = bounds.end ?? sorted.at(-1);
	return start && end ? { start, end } : undefined;
}

/** `2014 to 2016`, or one year when the span lies within it. */
export function formatYearRange(span: PhaseSpan): string {
	const first = span.start.slice(0, 4);
	const last = span.end.slice(0, 4);
	return first === last ? first : `${first} to ${last}`;
}
