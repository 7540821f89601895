/**
 * The one reader of phase pages' MDX for what they reference: it parses with satteri, the MDX
 * compiler the build uses (through @astrojs/mdx), so what it accepts is what the build
 * accepts. The content check, the sources page and the phase pages all read `<Cite>` and
 * `<Term>` through it.
 */
import { mdxToMdast, type MdastNode } from 'satteri';

/** A `<Cite id>` (a source) or `<Term id>` (a glossary entry) in a page, and where it stands. */
export interface ProseReference {
	file: string;
	kind: 'source' | 'glossary';
	id: string;
	/** 1-based line of the tag. */
	line: number;
	/** Offsets of the whole element in the file (for a Term, its visible text lies inside). */
	start: number;
	end: number;
}

/** What is wrong in a page's prose, at a line. */
export interface ProseProblem {
	line: number;
	message: string;
}

export interface ProseScan {
	references: ProseReference[];
	/**
	 * The words a reader sees, at their places in the file: everything but text (frontmatter,
	 * tags, attributes, expressions, comments) is blanked to spaces, so offsets and line
	 * numbers still match the file.
	 */
	visible: string;
	problems: ProseProblem[];
}

const KINDS = { Cite: 'source', Term: 'glossary' } as const;
type Node = MdastNode & { children?: Node[]; position?: { start: { line: number; offset: number }; end: { offset: number } } };
type Attribute = { type: string; name?: string; value?: string | null | { value: string } };

/** The id of `id="x"`, `id='x'` or `id={"x"}`; undefined for anything that is not a literal. */
function literalId(value: Attribute['value']): string | undefined {
	if (typeof value === 'string') return value;
	const expression = value?.value.trim() ?? '';
	const quoted = /^(["'`])([^"'`$\\]*)\1$/.exec(expression);
	return quoted?.[2];
}

/**
 * Parses one MDX page and returns its references, its visible text and its problems: a syntax
 * error (the page cannot be built), or a `<Cite>`/`<Term>` whose id is missing or not a plain
 * string.
 */
export function scanProse(mdx: string, file: string): ProseScan {
	const chars = mdx.replace(/[^\n]/g, ' ').split('');
	const references: ProseReference[] = [];
	const problems: ProseProblem[] = [];
	let tree: Node;
	try {
		tree = mdxToMdast(mdx, { position: true }) as Node;
	} catch (error) {
		// satteri's messages start with `line:column: `.
		const message = (error as Error).message;
		const at = /^(\d+):(\d+): /.exec(message);
		return { references, visible: chars.join(''), problems: [{ line: Number(at?.[1] ?? 1), message: `MDX does not parse: ${message.slice(at?.[0].length ?? 0)}` }] };
	}
	const visit = (node: Node) => {
		const position = node.position;
		if (node.type === 'text' && position) {
			for (let i = position.start.offset; i < position.end.offset; i++) chars[i] = mdx[i]!;
		}
		const name = (node as { name?: string }).name;
		if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && (name === 'Cite' || name === 'Term') && position) {
			const attribute = ((node as { attributes?: Attribute[] }).attributes ?? []).find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
			const id = attribute && literalId(attribute.value);
			const line = position.start.line;
			if (id) references.push({ file, kind: KINDS[name], id, line, start: position.start.offset, end: position.end.offset });
			else problems.push({ line, message: `<${name}> needs id="…" with a plain string ${attribute ? 'value' : '(it has none)'}` });
		}
		node.children?.forEach(visit);
	};
	visit(tree);
	return { references, visible: chars.join(''), problems };
}

/**
 * Source ids a page cites with `<Cite>`, in order, repeats included (the build has already
 * parsed the page, so it has no problems left to report).
 * @example citedSourceIds('As <Cite id="a" /> and <Cite pointer="p. 2" id={"b"} /> say') // => ['a', 'b']
 */
export function citedSourceIds(mdx: string): string[] {
	return scanProse(mdx, '').references.filter((ref) => ref.kind === 'source').map((ref) => ref.id);
}
