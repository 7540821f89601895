/**
 * The prime-contractor model against direct commissioning, as typed data: the two models,
 * the question the trace answers, and the one attributed estimate about fees. Modelled on the
 * Staffordshire cancer and end-of-life contracts as UNISON described them in 2014.
 */
import type { DiagramSpec } from './types';

export interface CommissioningModel {
	id: 'direct' | 'prime';
	title: string;
	/** One sentence under the panel's heading. */
	summary: string;
	diagram: DiagramSpec;
	/** The answer the trace gives for this model, in words. */
	traceAnswer: string;
}

/** The body whose care is in question when the reader traces accountability. */
export const TRACED_PROVIDER = 'provider-c';

/** The question the trace answers. */
export const TRACE_QUESTION = 'If a sub-contractor’s care is poor, who can the CCG hold to account?';

const providers = (role: 'Provider' | 'Sub-contractor') =>
	(['a', 'b', 'c'] as const).map((letter, index) => ({
		id: `provider-${letter}`,
		label: `${role} ${letter.toUpperCase()}`,
		role: 'provider' as const,
		tier: 2,
		column: index,
	}));

export const DIRECT_MODEL: CommissioningModel = {
	id: 'direct',
	title: 'Direct commissioning',
	summary: 'The CCG holds a contract with each provider and pays each one itself.',
	diagram: {
		columns: 3,
		nodes: [{ id: 'ccg', label: 'CCG', inText: 'the CCG', role: 'commissioner', tier: 0, column: 1 }, ...providers('Provider')],
		edges: (['a', 'b', 'c'] as const).flatMap((letter, index) => [
			{ id: `ccg-pays-${letter}`, from: 'ccg', to: `provider-${letter}`, kind: 'money' as const, label: index === 0 ? 'pays' : undefined },
			{
				id: `ccg-contracts-${letter}`,
				from: 'ccg',
				to: `provider-${letter}`,
				kind: 'contract' as const,
				label: index === 0 ? 'contract' : undefined,
			},
			{
				id: `${letter}-answers-ccg`,
				from: `provider-${letter}`,
				to: 'ccg',
				kind: 'accountability' as const,
				label: index === 0 ? 'answers to' : undefined,
			},
		]),
	},
	traceAnswer: 'Provider C answers to the CCG directly, under its own contract, so the CCG can hold it to account itself.',
};

export const PRIME_MODEL: CommissioningModel = {
	id: 'prime',
	title: 'Prime contractor',
	summary: 'The CCG holds one contract, with a prime contractor, which sub-contracts the providers as it sees fit.',
	diagram: {
		columns: 3,
		nodes: [
			{ id: 'ccg', label: 'CCG', inText: 'the CCG', role: 'commissioner', tier: 0, column: 1 },
			{ id: 'prime', label: 'Prime contractor', inText: 'the prime contractor', role: 'prime-contractor', tier: 1, column: 1 },
			...providers('Sub-contractor'),
		],
		edges: [
			{ id: 'ccg-pays-prime', from: 'ccg', to: 'prime', kind: 'money', label: 'pays' },
			{ id: 'ccg-contracts-prime', from: 'ccg', to: 'prime', kind: 'contract', label: 'contract' },
			{ id: 'prime-answers-ccg', from: 'prime', to: 'ccg', kind: 'accountability', label: 'answers to' },
			...(['a', 'b', 'c'] as const).flatMap((letter, index) => [
				{ id: `prime-pays-${letter}`, from: 'prime', to: `provider-${letter}`, kind: 'money' as const },
				{
					id: `prime-contracts-${letter}`,
					from: 'prime',
					to: `provider-${letter}`,
					kind: 'contract' as const,
					label: index === 0 ? 'sub-contract' : undefined,
				},
				{ id: `${letter}-answers-prime`, from: `provider-${letter}`, to: 'prime', kind: 'accountability' as const },
			]),
			// Drawn to the outer sub-contractor, where the line clears the prime contractor's box.
			{ id: 'ccg-no-contract-c', from: 'ccg', to: 'provider-c', kind: 'contract', label: 'no contract', absent: true },
		],
	},
	traceAnswer:
		'Sub-contractor C answers only to the prime contractor. The CCG has no contract with it, so it must look to the prime contractor to hold it to account.',
};

export const MODELS: readonly CommissioningModel[] = [DIRECT_MODEL, PRIME_MODEL];

/** The attributed estimate of the prime contractor's cost; never to be shown as a fact. */
export const FEE_ESTIMATE = {
	text: 'UNISON said some estimates put management costs and fees at 30% to 40% of the contract value.',
	source: 'seed-2014-unison-staffordshire-sell-off',
} as const;

/** What the Staffordshire contracts were, for the caption, and the source that describes them. */
export const STAFFORDSHIRE = {
	text: 'In 2014 four Staffordshire CCGs offered two 10-year contracts, for cancer care and for end-of-life care, to prime contractors that would manage the existing providers and then sub-contract services as they chose.',
	source: 'seed-2014-unison-staffordshire-sell-off',
	phase: '2014-2017-prime-contractors',
} as const;
