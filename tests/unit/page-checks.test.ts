import { describe, expect, test } from 'vitest';
import { checkPage } from '../dist/page-checks';

const text = 'A paragraph long enough to count as the content of a page, and then some more words to pass the bar.';
const page = (main: string, head = '<title>T</title>') =>
	`<!doctype html><html lang="en-GB"><head>${head}</head><body><main><h1>Title</h1><p>${text}</p>${main}</main></body></html>`;

describe('checkPage', () => {
	test('passes a well-formed page', () => {
		expect(checkPage(page('<a href="/x">Go</a><button aria-label="Close"></button><label>Name <input></label>'))).toEqual([]);
	});
	test('finds each fault a reader would meet', () => {
		const bad = `<!doctype html><html><head></head><body><main><h1>One</h1><h1>Two</h1>
			<p id="d">x</p><p id="d">y</p><a href="/x"></a><button></button><img src="a.png"><input id="q">
			<div aria-labelledby="nowhere"></div><iframe src="/e/"></iframe></main></body></html>`;
		expect(checkPage(bad)).toEqual([
			'<html> has no lang',
			'needs exactly one non-empty <title>',
			'<main> has 2 <h1> elements',
			'<main> holds under 100 characters of text',
			'id "d" is used twice',
			'<div> aria-labelledby names missing id "nowhere"',
			'<a href="/x"> has no accessible name',
			'<button> has no accessible name',
			'<img src="a.png"> has no alt',
			'<input id="q"> has no label',
			'<iframe src="/e/"> has no title',
		]);
	});
	test('accepts names from aria-label, aria-labelledby and an image’s alt', () => {
		expect(checkPage(page('<span id="n">Name</span><a href="/a" aria-labelledby="n"></a><a href="/b"><img src="i.png" alt="Home"></a><input aria-label="Search">'))).toEqual([]);
	});
});
