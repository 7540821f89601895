import { describe, expect, test } from 'vitest';
import { describeEdge, describeRelations, traceAccountability } from '../../../../src/lib/diagrams/relations';
import { DIRECT_MODEL, PRIME_MODEL, TRACED_PROVIDER } from '../../../../src/lib/diagrams/prime-contractor';
import type { DiagramNode, DiagramSpec } from '../../../../src/lib/diagrams/types';

const nodes = new Map<string, DiagramNode>([
	['ccgs', { id: 'ccgs', label: 'Clinical commissioning groups', plural: true, role: 'commissioner', tier: 1 }],
	['nhse', { id: 'nhse', label: 'NHS England', role: 'government', tier: 0 }],
	['firms', { id: 'firms', label: 'Private firms', plural: true, role: 'private-firm', tier: 0 }],
]);

describe('describeEdge', () => {
	test('agrees the verb with a singular or plural body', () => {
		expect(describeEdge({ id: 'a', from: 'nhse', to: 'ccgs', kind: 'money' }, nodes)).toBe('NHS England pays Clinical commissioning groups');
		expect(describeEdge({ id: 'b', from: 'ccgs', to: 'nhse', kind: 'accountability' }, nodes)).toBe(
			'Clinical commissioning groups answer to NHS England',
		);
	});
	test('marks a relation that was only proposed', () => {
		expect(describeEdge({ id: 'c', from: 'firms', to: 'ccgs', kind: 'advice', proposed: true }, nodes)).toBe(
			'Private firms advise Clinical commissioning groups (proposed)',
		);
	});
});

describe('describeRelations', () => {
	test('groups sentences by kind, in legend order, and leaves out kinds with no edges', () => {
		const spec: DiagramSpec = {
			columns: 1,
			nodes: [...nodes.values()],
			edges: [
				{ id: 'answer', from: 'ccgs', to: 'nhse', kind: 'accountability' },
				{ id: 'fund', from: 'nhse', to: 'ccgs', kind: 'money' },
			],
		};
		expect(describeRelations(spec)).toEqual([
			{ kind: 'money', heading: 'Who pays whom', items: [{ edgeId: 'fund', text: 'NHS England pays Clinical commissioning groups' }] },
			{
				kind: 'accountability',
				heading: 'Who answers to whom',
				items: [{ edgeId: 'answer', text: 'Clinical commissioning groups answer to NHS England' }],
			},
		]);
	});
	test('lists every edge of a real model exactly once', () => {
		const ids = describeRelations(PRIME_MODEL.diagram).flatMap((group) => group.items.map((item) => item.edgeId));
		expect(ids.sort()).toEqual(PRIME_MODEL.diagram.edges.map((edge) => edge.id).sort());
	});
});

describe('traceAccountability', () => {
	test('in direct commissioning the provider answers straight to the CCG', () => {
		expect(traceAccountability(DIRECT_MODEL.diagram, TRACED_PROVIDER)).toEqual({
			nodeIds: ['provider-c', 'ccg'],
			edgeIds: ['c-answers-ccg'],
		});
	});
	test('under a prime contractor the path to the CCG runs through the prime contractor, and the missing contract is part of it', () => {
		expect(traceAccountability(PRIME_MODEL.diagram, TRACED_PROVIDER)).toEqual({
			nodeIds: ['provider-c', 'prime', 'ccg'],
			edgeIds: ['c-answers-prime', 'prime-answers-ccg', 'ccg-no-contract-c'],
		});
	});
	test('says an absent relation in the negative', () => {
		const text = describeRelations(PRIME_MODEL.diagram).find((group) => group.kind === 'contract')!.items.map((item) => item.text);
		expect(text).toContain('The CCG holds no contract with Sub-contractor C');
		expect(text).toContain('The prime contractor holds a contract with Sub-contractor C');
	});
	test('stops rather than looping when accountability runs in a circle', () => {
		const circle: DiagramSpec = {
			columns: 1,
			nodes: [...nodes.values()],
			edges: [
				{ id: 'up', from: 'ccgs', to: 'nhse', kind: 'accountability' },
				{ id: 'down', from: 'nhse', to: 'ccgs', kind: 'accountability' },
			],
		};
		expect(traceAccountability(circle, 'ccgs')).toEqual({ nodeIds: ['ccgs', 'nhse'], edgeIds: ['up'] });
	});
	test('names the missing box', () => {
		expect(() => traceAccountability(DIRECT_MODEL.diagram, 'nobody')).toThrow(/no box "nobody"/);
	});
});
