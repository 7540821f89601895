import { describe, expect, test } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { jsonForScript } from '../../../src/lib/json-in-html';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Every element of a parsed document, in document order. */
function elements(node: Node): Element[] {
	const children = 'childNodes' in node ? node.childNodes : [];
	const own = 'tagName' in node ? [node as Element] : [];
	return [...own, ...children.flatMap(elements)];
}

const hostile = [
	'Trust </script><script>alert(1)</script> board',
	'<img src=x onerror=alert(1)>',
	'</SCRIPT ><!-- <script>',
	'A & B \u2028 line',
];

describe('jsonForScript', () => {
	// The page the search page and every JSON-LD block make: JSON in a script, content after it.
	const data = { named: hostile.map((title) => ({ title, url: '/organisations/x/' })) };
	const document = parse(
		`<!doctype html><html lang="en"><head><title>t</title></head><body>` +
			`<script type="application/json" id="search-data">${jsonForScript(data)}</script><p id="after">after</p></body></html>`,
	);
	const all = elements(document);

	test('a title with </script> or an <img onerror> stays inside its script element', () => {
		expect(all.filter((element) => element.tagName === 'script')).toHaveLength(1);
		expect(all.filter((element) => element.tagName === 'img')).toHaveLength(0);
		expect(all.find((element) => element.attrs.some((attr) => attr.name === 'id' && attr.value === 'after'))?.tagName).toBe('p');
	});

	test('the page reads the same data back, as the search script does', () => {
		const script = all.find((element) => element.tagName === 'script')!;
		const text = script.childNodes.map((node) => ('value' in node ? node.value : '')).join('');
		expect(JSON.parse(text)).toEqual(data);
	});

	test('escapes every character that could end the element or change its meaning', () => {
		expect(jsonForScript({ t: '</script><!--&\u2028\u2029' })).toBe('{"t":"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u2029"}');
	});
});
