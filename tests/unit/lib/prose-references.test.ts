import { describe, expect, test } from 'vitest';
import { citedSourceIds, scanProse } from '../../../src/lib/prose-references';

const refs = (mdx: string) => scanProse(mdx, 'x.mdx').references.map(({ kind, id, line }) => `${line}:${kind}:${id}`);

describe('scanProse', () => {
	test('finds every way of writing a Cite or Term id, with its line', () => {
		const mdx = [
			'---',
			'title: T',
			'---',
			'One <Cite id="a" /> and <Term id=\'b\'>B</Term>.',
			'Two <Term id = "c">C</Term> and <Cite id={"d"} /> and <Cite pointer="p. 2" id={\'e\'}/>.',
			'',
			'<Cite id="f" />',
		].join('\n');
		expect(refs(mdx)).toEqual(['4:source:a', '4:glossary:b', '5:glossary:c', '5:source:d', '5:source:e', '7:source:f']);
	});

	test('reports an id that is not a plain string, or missing, at its line', () => {
		const { references, problems } = scanProse('Text\n\nA <Cite id={someId} /> and <Term>no id</Term>.', 'x.mdx');
		expect(references).toEqual([]);
		expect(problems).toEqual([
			{ line: 3, message: '<Cite> needs id="…" with a plain string value' },
			{ line: 3, message: '<Term> needs id="…" with a plain string (it has none)' },
		]);
	});

	test('reports MDX the build cannot compile, at its line', () => {
		expect(scanProse('Fine.\n\nA <Term id="a">never closed.\n', 'x.mdx').problems).toEqual([
			{ line: 3, message: expect.stringMatching(/^MDX does not parse: Expected a closing tag for `<Term>`/) },
		]);
	});

	test('keeps what a reader sees at its place in the file and blanks the rest', () => {
		const mdx = '---\ntitle: NHS\n---\n## The PCTs\n\nA <Term id="pct">PCT</Term> {/* a NOTE */} [link](https://x.example/ABC).';
		const { visible } = scanProse(mdx, 'x.mdx');
		expect(visible).toHaveLength(mdx.length);
		expect(visible.split('\n')).toHaveLength(mdx.split('\n').length);
		expect(visible.replace(/\s+/g, ' ').trim()).toBe('The PCTs A PCT link .');
		expect(visible.indexOf('PCT</')).toBe(-1);
		expect(visible.slice(mdx.indexOf('PCT<'), mdx.indexOf('PCT<') + 3)).toBe('PCT');
	});
});

describe('citedSourceIds', () => {
	test('lists cited sources in order, repeats included, whatever the quotes and attribute order', () => {
		const mdx = `Text <Cite id="alpha" /> more <Cite pointer="p. 4" id='beta'/> and <Cite id={"alpha"} pointer="s. 2" />.`;
		expect(citedSourceIds(mdx)).toEqual(['alpha', 'beta', 'alpha']);
	});
	test('ignores other components and plain text that mentions Cite', () => {
		expect(citedSourceIds('<Term id="pct">PCT</Term> and the word Cite id="x"')).toEqual([]);
	});
});
