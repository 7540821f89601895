/**
 * The contents list of a long-form page, built from the headings Astro returns when it
 * renders MDX: second-level headings, each with its third-level headings beneath.
 */

export interface HeadingLike {
	depth: number;
	slug: string;
	text: string;
}

export interface ContentsEntry {
	slug: string;
	text: string;
	children: { slug: string; text: string }[];
}

/**
 * Groups h2 and h3 headings into a two-level list; deeper headings and an h3 before
 * any h2 are left out, since the list is for finding sections, not every paragraph.
 * @example buildContents([{ depth: 2, slug: 'a', text: 'A' }, { depth: 3, slug: 'b', text: 'B' }])
 * // => [{ slug: 'a', text: 'A', children: [{ slug: 'b', text: 'B' }] }]
 */
export function buildContents(headings: HeadingLike[]): ContentsEntry[] {
	const entries: ContentsEntry[] = [];
	for (const { depth, slug, text } of headings) {
		if (depth === 2) entries.push({ slug, text, children: [] });
		else if (depth === 3) entries.at(-1)?.children.push({ slug, text });
	}
	return entries;
}
