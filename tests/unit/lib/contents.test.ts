import { expect, test } from 'vitest';
import { buildContents } from '../../../src/lib/contents';

test('nests third-level headings under the second-level heading before them', () => {
	expect(
		buildContents([
			{ depth: 2, slug: 'plan', text: 'The plan' },
			{ depth: 3, slug: 'advert', text: 'The advert' },
			{ depth: 4, slug: 'detail', text: 'A detail' },
			{ depth: 2, slug: 'retreat', text: 'The retreat' },
		]),
	).toEqual([
		{ slug: 'plan', text: 'The plan', children: [{ slug: 'advert', text: 'The advert' }] },
		{ slug: 'retreat', text: 'The retreat', children: [] },
	]);
});

test('leaves out the page title and a third-level heading with no section above it', () => {
	expect(
		buildContents([
			{ depth: 1, slug: 'title', text: 'Title' },
			{ depth: 3, slug: 'orphan', text: 'Orphan' },
		]),
	).toEqual([]);
});
