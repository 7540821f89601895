import { describe, expect, test } from 'vitest';
import { collectPageSources, extractCiteIds } from '../../../src/lib/page-sources';

describe('extractCiteIds', () => {
	test('finds ids in either quote style and with other attributes first', () => {
		const mdx = `Text <Cite id="alpha" /> more <Cite pointer="p. 4" id='beta'/> and <Cite id="alpha" pointer="s. 2" />.`;
		expect(extractCiteIds(mdx)).toEqual(['alpha', 'beta', 'alpha']);
	});
	test('ignores other components and plain text that mentions Cite', () => {
		expect(extractCiteIds('<Term id="pct">PCT</Term> and the word Cite id="x"')).toEqual([]);
	});
});

describe('collectPageSources', () => {
	test('lists prose citations first, then event sources and figure sources, each once', () => {
		const events = [
			{ sources: [{ id: 'b' }, { id: 'c' }], amounts: [{ source: { id: 'd' } }] },
			{ sources: [{ id: 'a' }], amounts: [] },
		];
		expect(collectPageSources(['a', 'b', 'a'], events)).toEqual(['a', 'b', 'c', 'd']);
	});
});
