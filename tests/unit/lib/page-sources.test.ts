import { describe, expect, test } from 'vitest';
import { collectPageSources } from '../../../src/lib/page-sources';

describe('collectPageSources', () => {
	test('lists prose citations first, then event sources and figure sources, each once', () => {
		const events = [
			{ sources: [{ id: 'b' }, { id: 'c' }], amounts: [{ source: { id: 'd' } }] },
			{ sources: [{ id: 'a' }], amounts: [] },
		];
		expect(collectPageSources(['a', 'b', 'a'], events)).toEqual(['a', 'b', 'c', 'd']);
	});
});
