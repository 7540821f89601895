/**
 * The diagram data is content: every source id must exist in content/sources.yaml and
 * every phase id must be a phase page, or a reader meets a dead citation.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { findWhoBuysStep, WHO_BUYS_STEPS } from '../../../../src/lib/diagrams/who-buys';
import { FEE_ESTIMATE, MODELS, STAFFORDSHIRE } from '../../../../src/lib/diagrams/prime-contractor';
import { traceAccountability } from '../../../../src/lib/diagrams/relations';

const sourceIds = new Set(
	(load(readFileSync('content/sources.yaml', 'utf8')) as { id: string }[]).map((source) => source.id),
);
const isPhase = (id: string) => existsSync(`content/phases/${id}.mdx`);

describe('WHO_BUYS_STEPS', () => {
	test('runs through the four commissioning bodies in story order', () => {
		expect(WHO_BUYS_STEPS.map((step) => step.id)).toEqual(['pcts-2006', 'ccgs-2013', 'ccgs-advised-2015', 'icbs-2022']);
	});

	test.each(WHO_BUYS_STEPS.map((step) => [step.id, step] as const))('%s cites real sources and a real phase', (_id, step) => {
		expect(step.sources.length).toBeGreaterThan(0);
		for (const id of step.sources) expect(sourceIds, `unknown source ${id}`).toContain(id);
		expect(isPhase(step.phase), `unknown phase ${step.phase}`).toBe(true);
	});

	test.each(WHO_BUYS_STEPS.map((step) => [step.id, step] as const))(
		'%s says what changed in one or two sentences and names one commissioner',
		(_id, step) => {
			const sentences = step.changed.split(/(?<=[.!?])\s+/);
			expect(sentences.length).toBeGreaterThanOrEqual(1);
			expect(sentences.length).toBeLessThanOrEqual(2);
			expect(step.diagram.nodes.filter((node) => node.role === 'commissioner')).toHaveLength(1);
		},
	);

	test('shows private firms on the commissioning side only in the steps where they entered it', () => {
		const withFirms = WHO_BUYS_STEPS.filter((step) => step.diagram.nodes.some((node) => node.role === 'private-firm'));
		expect(withFirms.map((step) => step.id)).toEqual(['pcts-2006', 'ccgs-advised-2015']);
	});

	test('lets providers sit on the commissioning body only from 2022', () => {
		const withMembers = WHO_BUYS_STEPS.filter((step) => step.diagram.edges.some((edge) => edge.kind === 'membership'));
		expect(withMembers.map((step) => step.id)).toEqual(['icbs-2022']);
	});

	test('puts the members nominated by trusts, GP practices and local councils on the integrated care board', () => {
		const step = findWhoBuysStep('icbs-2022');
		const members = step.diagram.edges.filter((edge) => edge.kind === 'membership' && edge.to === 'icbs').map((edge) => edge.from);
		expect(members.sort()).toEqual(['councils', 'gps', 'trusts']);
		expect(step.changed).toMatch(/local councils/);
	});

	test('money reaches every provider from the commissioner in every step', () => {
		for (const step of WHO_BUYS_STEPS) {
			const commissioner = step.diagram.nodes.find((node) => node.role === 'commissioner')!;
			const paid = step.diagram.edges.filter((edge) => edge.kind === 'money' && edge.from === commissioner.id).map((edge) => edge.to);
			for (const provider of step.diagram.nodes.filter((node) => node.role === 'provider')) expect(paid).toContain(provider.id);
		}
	});
});

describe('findWhoBuysStep', () => {
	test('finds a step by id and lists the known ids for a typo', () => {
		expect(findWhoBuysStep('ccgs-2013').shortTitle).toBe('CCGs, 2013');
		expect(() => findWhoBuysStep('ccg-2013')).toThrow(/unknown step "ccg-2013"; known steps: pcts-2006, ccgs-2013/);
	});
});

describe('prime-contractor data', () => {
	test('cites a real source for the fee estimate and the Staffordshire contracts, and attributes the estimate', () => {
		expect(sourceIds).toContain(FEE_ESTIMATE.source);
		expect(sourceIds).toContain(STAFFORDSHIRE.source);
		expect(isPhase(STAFFORDSHIRE.phase)).toBe(true);
		expect(FEE_ESTIMATE.text).toMatch(/^UNISON said some estimates/);
	});

	test('in the prime model no relation joins the CCG to a sub-contractor, only the absent contract', () => {
		const prime = MODELS.find((model) => model.id === 'prime')!;
		const direct = prime.diagram.edges.filter(
			(edge) => !edge.absent && [edge.from, edge.to].includes('ccg') && [edge.from, edge.to].some((id) => id.startsWith('provider-')),
		);
		expect(direct).toEqual([]);
	});

	test('the traced path is longer under a prime contractor than in direct commissioning', () => {
		const [direct, prime] = MODELS.map((model) => traceAccountability(model.diagram, 'provider-c'));
		expect(direct.nodeIds.at(-1)).toBe('ccg');
		expect(prime.nodeIds.at(-1)).toBe('ccg');
		expect(prime.nodeIds.length).toBe(direct.nodeIds.length + 1);
	});
});
