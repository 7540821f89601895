import { describe, expect, test } from 'vitest';
import { groupInOrder, indexCitations } from '../../../src/lib/citations';

const event = (id: string, sources: string[], amountSources: string[] = []) => ({
	id,
	title: `Event ${id}`,
	sources: sources.map((source) => ({ source })),
	amounts: amountSources.map((source) => ({ source: { source } })),
});

describe('indexCitations', () => {
	test('lists events that cite a source directly or through an amount', () => {
		const index = indexCitations([event('a', ['s1']), event('b', ['s2'], ['s1'])], []);
		expect(index.get('s1')?.events.map((citer) => citer.id)).toEqual(['a', 'b']);
		expect(index.get('s2')?.events.map((citer) => citer.id)).toEqual(['b']);
	});
	test('lists phase pages by their Cite tags, each page once', () => {
		const index = indexCitations([], [{ id: 'p', title: 'Phase', sourceIds: ['s1', 's1', 's2'] }]);
		expect(index.get('s1')).toEqual({ events: [], phases: [{ id: 'p', title: 'Phase' }] });
		expect(index.get('s2')?.phases).toHaveLength(1);
	});
	test('an event citing a source twice is listed once', () => {
		const index = indexCitations([event('a', ['s1', 's1'], ['s1'])], []);
		expect(index.get('s1')?.events).toEqual([{ id: 'a', title: 'Event a' }]);
	});
	test('uncited sources have no entry', () => {
		expect(indexCitations([event('a', ['s1'])], []).has('s9')).toBe(false);
	});
});

describe('groupInOrder', () => {
	test('follows the stated group order, keeps item order and drops empty groups', () => {
		const items = [{ k: 'b', n: 1 }, { k: 'a', n: 2 }, { k: 'b', n: 3 }] as const;
		const groups = groupInOrder(items, (item) => item.k, ['a', 'c', 'b'] as const);
		expect(groups.map((group) => group.key)).toEqual(['a', 'b']);
		expect(groups[1]?.items.map((item) => item.n)).toEqual([1, 3]);
	});
});
