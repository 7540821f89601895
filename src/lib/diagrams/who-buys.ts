/**
 * "Who buys and who provides": the purchaser–provider split, step by step. This file is
 * content kept as typed data: which bodies and relations each step shows, what changed, and
 * which sources (content/sources.yaml ids) and phase page (content/phases/<id>.mdx) back it.
 * tests/unit/lib/diagrams/who-buys.test.ts checks every id against the content files.
 */
import type { DiagramEdge, DiagramNode, DiagramSpec } from './types';

export interface WhoBuysStep {
	/** Used in `<WhoBuysDiagram step="…" />` and in the step's own page address. */
	id: string;
	/** Short name for the stepper (`CCGs, 2013`). */
	shortTitle: string;
	/** Heading for the step (`Clinical commissioning groups and their support units`). */
	title: string;
	/** One or two sentences: what changed at this step. */
	changed: string;
	/** Ids in content/sources.yaml behind `changed`. */
	sources: string[];
	/** Id of the phase page that tells this part of the story. */
	phase: string;
	diagram: DiagramSpec;
}

/** Bodies that appear in several steps, defined once so their names stay identical. */
const DH: DiagramNode = { id: 'dh', label: 'Department of Health', role: 'government', tier: 0, column: 1 };
const NHSE: DiagramNode = { id: 'nhse', label: 'NHS England', role: 'government', tier: 1, column: 1 };
const TRUSTS: DiagramNode = { id: 'trusts', label: 'NHS trusts', plural: true, role: 'provider', tier: 3, column: 0 };
const GPS: DiagramNode = { id: 'gps', label: 'GP practices', plural: true, role: 'provider', tier: 3, column: 1 };
const OTHERS: DiagramNode = {
	id: 'others',
	label: 'Private and voluntary providers',
	inText: 'private and voluntary providers',
	plural: true,
	role: 'provider',
	tier: 3,
	column: 2,
};
const PROVIDERS = [TRUSTS, GPS, OTHERS];
const CCGS: DiagramNode = {
	id: 'ccgs',
	label: 'Clinical commissioning groups',
	inText: 'clinical commissioning groups',
	plural: true,
	role: 'commissioner',
	tier: 2,
	column: 1,
};
const CSUS: DiagramNode = {
	id: 'csus',
	label: 'Commissioning support units (NHS)',
	inText: 'NHS commissioning support units',
	plural: true,
	role: 'support',
	tier: 1,
	column: 2,
};

/** The commissioner pays each provider and holds a contract with it: the purchaser–provider split. */
function buysFromProviders(commissioner: string): DiagramEdge[] {
	return PROVIDERS.flatMap((provider, index) => [
		{ id: `${commissioner}-pays-${provider.id}`, from: commissioner, to: provider.id, kind: 'money', label: index === 0 ? 'pays' : undefined },
		{
			id: `${commissioner}-contracts-${provider.id}`,
			from: commissioner,
			to: provider.id,
			kind: 'contract',
			label: index === 0 ? 'contract' : undefined,
		},
	]);
}

/** Money flows down from government and the commissioner answers back up. */
function fundedBy(funder: string, commissioner: string): DiagramEdge[] {
	return [
		{ id: `${funder}-funds-${commissioner}`, from: funder, to: commissioner, kind: 'money', label: 'funds' },
		{ id: `${commissioner}-answers-${funder}`, from: commissioner, to: funder, kind: 'accountability', label: 'answers to' },
	];
}

/** From 2013 the money runs from the Department of Health through NHS England to the commissioner. */
function fundedThroughNhsEngland(commissioner: string): DiagramEdge[] {
	return [...fundedBy('dh', 'nhse'), ...fundedBy('nhse', commissioner)];
}

/** CCGs pay a supplier of commissioning support, which advises them. */
function advisesCcgs(supplier: string, label?: string): DiagramEdge[] {
	return [
		{ id: `ccgs-pay-${supplier}`, from: 'ccgs', to: supplier, kind: 'money' },
		{ id: `${supplier}-advise-ccgs`, from: supplier, to: 'ccgs', kind: 'advice', label },
	];
}

export const WHO_BUYS_STEPS: readonly WhoBuysStep[] = [
	{
		id: 'pcts-2006',
		shortTitle: 'PCTs, 2006',
		title: 'Primary Care Trusts, and the plan to bring in private management',
		changed:
			'Primary Care Trusts held local NHS budgets and bought care from hospitals, GPs and others. In 2006 the Department of Health advertised for companies to take on much of their work, withdrew the advert after questions from the Guardian, but ministers still meant to contract out parts of NHS management.',
		sources: ['seed-2006-guardian-unions-pct-plan'],
		phase: '2006-pct-outsourcing-plan',
		diagram: {
			columns: 3,
			nodes: [
				DH,
				{ id: 'pcts', label: 'Primary Care Trusts', plural: true, role: 'commissioner', tier: 2, column: 1 },
				{
					id: 'firms',
					label: 'Private management firms',
					inText: 'private management firms',
					plural: true,
					role: 'private-firm',
					tier: 1,
					column: 2,
					proposed: true,
				},
				...PROVIDERS,
			],
			edges: [
				...fundedBy('dh', 'pcts'),
				{ id: 'firms-advise-pcts', from: 'firms', to: 'pcts', kind: 'advice', label: 'take on work', proposed: true },
				...buysFromProviders('pcts'),
			],
		},
	},
	{
		id: 'ccgs-2013',
		shortTitle: 'CCGs, 2013',
		title: 'Clinical commissioning groups and commissioning support units',
		changed:
			'The Health and Social Care Act 2012 replaced PCTs with GP-led clinical commissioning groups from April 2013, funded and overseen by the new NHS England. NHS commissioning support units, created from the PCTs, sold them help such as contract management and data analysis.',
		sources: ['legislation-health-and-social-care-act-2012', 'dh-2013-hard-truths-commissioning-support', 'rcn-2012-commissioning-support-units'],
		phase: '2010-2013-lansley-reforms',
		diagram: {
			columns: 3,
			nodes: [DH, NHSE, CSUS, CCGS, ...PROVIDERS],
			edges: [...fundedThroughNhsEngland('ccgs'), ...advisesCcgs('csus', 'support'), ...buysFromProviders('ccgs')],
		},
	},
	{
		id: 'ccgs-advised-2015',
		shortTitle: 'Approved firms, 2015',
		title: 'CCGs advised by firms on NHS England’s approved list',
		changed:
			'From 2015 CCGs could buy commissioning support from suppliers on NHS England’s Lead Provider Framework, an approved list. It named three private bidders, Capita, Optum and a consortium called MBED, alongside NHS commissioning support units.',
		sources: ['nhe-2015-private-bids-in-framework', 'spend-matters-2015-framework-winners', 'nhs-england-lpf-background'],
		phase: '2014-2016-commissioning-support-market',
		diagram: {
			columns: 3,
			nodes: [
				DH,
				NHSE,
				{
					id: 'lpf-firms',
					label: 'Private firms on the approved list',
					inText: 'private firms on the approved list',
					plural: true,
					role: 'private-firm',
					tier: 1,
					column: 0,
				},
				CSUS,
				CCGS,
				...PROVIDERS,
			],
			edges: [
				...fundedThroughNhsEngland('ccgs'),
				...advisesCcgs('lpf-firms', 'advise'),
				...advisesCcgs('csus'),
				...buysFromProviders('ccgs'),
			],
		},
	},
	{
		id: 'icbs-2022',
		shortTitle: 'ICBs, 2022',
		title: 'Integrated care boards, with providers and councils on the board',
		changed:
			'The Health and Care Act 2022 replaced CCGs with integrated care boards from 1 July 2022. Each board must include members nominated by the NHS trusts and GP practices it pays and by the local councils in its area; the law bars members whose links with private healthcare could undermine the NHS’s independence.',
		sources: ['legislation-2022-health-and-care-act', 'nhs-england-2022-legislation-explained', 'capsticks-2022-icb-composition', 'mills-reeve-2021-icb-membership'],
		phase: '2021-2022-integrated-care',
		diagram: {
			columns: 3,
			nodes: [
				DH,
				NHSE,
				{ id: 'icbs', label: 'Integrated care boards', inText: 'integrated care boards', plural: true, role: 'commissioner', tier: 2, column: 1 },
				{ id: 'councils', label: 'Local councils', inText: 'local councils', plural: true, role: 'government', tier: 2, column: 0 },
				...PROVIDERS,
			],
			edges: [
				...fundedThroughNhsEngland('icbs'),
				...buysFromProviders('icbs'),
				{ id: 'trusts-on-icbs', from: 'trusts', to: 'icbs', kind: 'membership', label: 'on board' },
				{ id: 'gps-on-icbs', from: 'gps', to: 'icbs', kind: 'membership' },
				// Councils are not paid by the board; their nominee sits on it (NHS Act 2006, Schedule 1B).
				{ id: 'councils-on-icbs', from: 'councils', to: 'icbs', kind: 'membership' },
			],
		},
	},
];

/** The step with this id; throws a message naming the known ids, for a mistyped MDX attribute. */
export function findWhoBuysStep(id: string): WhoBuysStep {
	const step = WHO_BUYS_STEPS.find((candidate) => candidate.id === id);
	if (!step) {
		throw new Error(`WhoBuysDiagram: unknown step "${id}"; known steps: ${WHO_BUYS_STEPS.map((s) => s.id).join(', ')}`);
	}
	return step;
}
