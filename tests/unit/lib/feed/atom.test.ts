import { describe, expect, test } from 'vitest';
import { SaxesParser } from 'saxes';
import { buildAtomFeed, escapeXml, toAtomDate, type AtomEntry, type AtomFeed } from '../../../../src/lib/feed/atom';

interface Node {
	name: string;
	attributes: Record<string, string>;
	children: Node[];
	text: string;
}

/** Parses with a strict, namespace-aware XML parser; throws on anything not well-formed. */
function parse(xml: string): Node {
	const parser = new SaxesParser({ xmlns: true });
	const root: Node = { name: '#document', attributes: {}, children: [], text: '' };
	const stack = [root];
	parser.on('error', (error) => {
		throw error;
	});
	parser.on('opentag', (tag) => {
		const node: Node = {
			name: `{${tag.uri}}${tag.local}`,
			attributes: Object.fromEntries(Object.values(tag.attributes).map((attr) => [attr.local, attr.value])),
			children: [],
			text: '',
		};
		stack.at(-1)!.children.push(node);
		stack.push(node);
	});
	parser.on('text', (text) => {
		stack.at(-1)!.text += text;
	});
	parser.on('closetag', () => {
		stack.pop();
	});
	parser.write(xml).close();
	return root.children[0]!;
}

const ATOM = '{http://www.w3.org/2005/Atom}';
const child = (node: Node, local: string) => node.children.find((c) => c.name === `${ATOM}${local}`);
const children = (node: Node, local: string) => node.children.filter((c) => c.name === `${ATOM}${local}`);

const HOSTILE = 'Cuts & "reforms" <script>alert(\'x\')</script> ]]> \u0001 end';
const entry = (overrides: Partial<AtomEntry> = {}): AtomEntry => ({
	id: 'https://example.org/events/a/',
	title: 'An event',
	updated: '2026-11-30T00:00:00Z',
	link: 'https://example.org/events/a/?x=1&y=2',
	summary: 'What happened.',
	category: 'New event',
	...overrides,
});
const feed = (entries: AtomEntry[]): AtomFeed => ({
	id: 'https://example.org/feed.xml',
	title: 'Who Buys Our Care?: new events & corrections',
	subtitle: 'A sourced explainer',
	self: 'https://example.org/feed.xml',
	home: 'https://example.org/',
	author: 'Who Buys Our Care?',
	entries,
	fallbackUpdated: '2026-01-01T00:00:00Z',
});

describe('buildAtomFeed', () => {
	test('writes a well-formed Atom document with the elements RFC 4287 requires', () => {
		const root = parse(buildAtomFeed(feed([entry()])));
		expect(root.name).toBe(`${ATOM}feed`);
		for (const name of ['id', 'title', 'updated', 'author']) expect(child(root, name), name).toBeDefined();
		expect(children(root, 'link').map((link) => link.attributes)).toEqual([
			{ rel: 'self', href: 'https://example.org/feed.xml', type: 'application/atom+xml' },
			{ rel: 'alternate', href: 'https://example.org/', type: 'text/html' },
		]);
		const [first] = children(root, 'entry');
		for (const name of ['id', 'title', 'updated', 'summary']) expect(child(first!, name), name).toBeDefined();
		expect(child(first!, 'link')!.attributes.href).toBe('https://example.org/events/a/?x=1&y=2');
	});

	test('keeps a hostile title and summary as plain text, and the document still parses', () => {
		const root = parse(buildAtomFeed(feed([entry({ title: HOSTILE, summary: HOSTILE, category: HOSTILE })])));
		const [first] = children(root, 'entry');
		const expected = HOSTILE.replace('\u0001', '');
		expect(child(first!, 'title')!.text).toBe(expected);
		expect(child(first!, 'summary')!.text).toBe(expected);
		expect(child(first!, 'category')!.attributes.term).toBe(expected);
		expect(children(first!, 'script')).toEqual([]);
	});

	test('takes the feed’s updated time from its newest entry, or the fallback when it has none', () => {
		const newest = parse(buildAtomFeed(feed([entry({ updated: '2025-05-01T00:00:00Z' }), entry({ updated: '2026-02-03T00:00:00Z' })])));
		expect(child(newest, 'updated')!.text).toBe('2026-02-03T00:00:00Z');
		expect(child(parse(buildAtomFeed(feed([]))), 'updated')!.text).toBe('2026-01-01T00:00:00Z');
	});
});

describe('escapeXml', () => {
	test('escapes markup and quotes, and drops characters XML cannot carry', () => {
		expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
		expect(escapeXml('bell\u0007 and lone \uD800 surrogate')).toBe('bell and lone  surrogate');
		expect(escapeXml('keeps 😀 and tabs\tand\nnew lines')).toBe('keeps 😀 and tabs\tand\nnew lines');
	});
});

describe('toAtomDate', () => {
	test('turns a partial date into the first moment it covers, in UTC', () => {
		expect(toAtomDate('2026')).toBe('2026-01-01T00:00:00Z');
		expect(toAtomDate('2026-11')).toBe('2026-11-01T00:00:00Z');
		expect(toAtomDate('2026-11-30')).toBe('2026-11-30T00:00:00Z');
	});
});
