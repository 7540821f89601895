/**
 * Who bought care when, from the bodies' own sourced dates (content/commissioners.yaml): the
 * answer for an event's date or a phase's years, which can name two bodies when the date or
 * span crosses a handover (PCTs to CCGs on 1 April 2013, CCGs to ICBs on 1 July 2022).
 */
import type { Commissioner } from '../schemas';
import { dateEnd, dateStart } from './dates';

/**
 * The bodies that bought care at some time within a partial date or a span of them, earliest
 * first.
 * @example commissionersDuring(bodies, '2013') // => [pcts, ccgs]: 2013 spans the handover
 * @example commissionersDuring(bodies, '2010-07-12') // => [pcts]
 */
export function commissionersDuring(bodies: readonly Commissioner[], from: string, to: string = from): Commissioner[] {
	const start = dateStart(from).getTime();
	const end = dateEnd(to).getTime();
	return bodies
		.filter((body) => dateStart(body.start.date).getTime() < end && (!body.end || dateEnd(body.end.date).getTime() > start))
		.sort((a, b) => dateStart(a.start.date).getTime() - dateStart(b.start.date).getTime());
}
