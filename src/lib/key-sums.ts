/**
 * The sums of money at stake, chosen from the events' own `amounts` so that the front
 * page shows only figures the content sources: the largest sum in pounds for each phase.
 */
import { headlineAmount } from './event-view';

export interface AmountLike {
	value: number;
	upTo?: number | undefined;
	unit: string;
}

export interface EventWithAmounts {
	id: string;
	phase: { id: string };
	amounts: readonly AmountLike[];
}

export interface KeySum<E extends EventWithAmounts> {
	phase: string;
	event: E;
	amount: E['amounts'][number];
}

/**
 * The largest sum in pounds for each phase, in the order of `phaseIds`; phases with no
 * sum are skipped. Ties go to the earlier event, then the first amount listed.
 * @example pickKeySums(['p'], [{ id: 'e', phase: { id: 'p' }, amounts: [{ value: 5e9, unit: 'GBP' }] }])
 * // => [{ phase: 'p', event: { id: 'e', … }, amount: { value: 5e9, … } }]
 */
export function pickKeySums<E extends EventWithAmounts>(phaseIds: string[], events: readonly E[]): KeySum<E>[] {
	return phaseIds.flatMap((phase) => {
		let best: KeySum<E> | undefined;
		for (const event of events.filter((e) => e.phase.id === phase)) {
			const amount = headlineAmount(event.amounts);
			if (amount && (!best || top(amount) > top(best.amount))) best = { phase, event, amount };
		}
		return best ? [best] : [];
	});
}

function top(amount: AmountLike): number {
	return amount.upTo ?? amount.value;
}
