/**
 * The sums of money at stake, chosen from the events' own `amounts` so that the front
 * page shows only figures the content sources: the largest sum in pounds for each phase.
 */

export interface AmountLike {
	value: number;
	upTo?: number | undefined;
	unit: string;
	estimate: boolean;
}

export interface EventWithAmounts<A extends AmountLike> {
	id: string;
	phase: string;
	amounts: A[];
}

export interface KeySum<A extends AmountLike> {
	phase: string;
	event: string;
	amount: A;
}

/**
 * The largest sum in pounds for each phase, in the order of `phaseIds`; phases with no
 * sum are skipped. Ties go to the earlier event, then the first amount listed.
 * @example pickKeySums(['p'], [{ id: 'e', phase: 'p', amounts: [{ value: 5e9, unit: 'GBP', estimate: true }] }])
 * // => [{ phase: 'p', event: 'e', amount: { value: 5e9, … } }]
 */
export function pickKeySums<A extends AmountLike>(phaseIds: string[], events: EventWithAmounts<A>[]): KeySum<A>[] {
	const sums: KeySum<A>[] = [];
	for (const phase of phaseIds) {
		let best: KeySum<A> | undefined;
		for (const event of events.filter((e) => e.phase === phase)) {
			for (const amount of event.amounts) {
				if (amount.unit !== 'GBP') continue;
				if (!best || top(amount) > top(best.amount)) best = { phase, event: event.id, amount };
			}
		}
		if (best) sums.push(best);
	}
	return sums;
}

function top(amount: AmountLike): number {
	return amount.upTo ?? amount.value;
}

/**
 * A sum in pounds as a reader says it: `£64 billion`, `£1.2 million`, `£250,000`,
 * and a range as `£5 billion to £6 billion`.
 */
export function formatPounds(value: number, upTo?: number): string {
	return upTo === undefined || upTo === value ? pounds(value) : `${pounds(value)} to ${pounds(upTo)}`;
}

function pounds(value: number): string {
	const scales: [number, string][] = [
		[1e9, 'billion'],
		[1e6, 'million'],
	];
	for (const [size, word] of scales) {
		if (value >= size) {
			const short = Number((value / size).toFixed(value / size < 10 ? 2 : 1));
			return `£${short.toLocaleString('en-GB')} ${word}`;
		}
	}
	return `£${value.toLocaleString('en-GB')}`;
}
