import { describe, expect, test } from 'vitest';
import { actorsAmong, mostCitedSources } from '../../../src/lib/phase-summary';
import type { AmountView, SourceRef } from '../../../src/lib/event-view';

const source = (id: string) => ({ id }) as SourceRef;
const amount = (id: string) => ({ source: source(id) }) as AmountView;
const org = (id: string) => ({ id, name: id.toUpperCase(), href: `/organisations/${id}/` });

describe('mostCitedSources', () => {
	test('counts sources behind events and figures, most cited first, ties in order of first use', () => {
		const events = [
			{ sources: [source('a'), source('b')], amounts: [amount('c')] },
			{ sources: [source('c')], amounts: [amount('b')] },
			{ sources: [source('d')], amounts: [] },
		];
		expect(mostCitedSources(events, 3).map((s) => s.id)).toEqual(['b', 'c', 'a']);
	});
	test('returns at most the limit, and nothing for no events', () => {
		expect(mostCitedSources([{ sources: [source('a'), source('b')], amounts: [] }], 1)).toHaveLength(1);
		expect(mostCitedSources([], 5)).toEqual([]);
	});
});

describe('actorsAmong', () => {
	test('keeps the organisations asked for, each once, in order of first appearance', () => {
		const events = [{ actors: [org('nhs'), org('capita')] }, { actors: [org('optum'), org('capita')] }];
		expect(actorsAmong(events, new Set(['optum', 'capita'])).map((o) => o.id)).toEqual(['capita', 'optum']);
	});
});
