import { describe, expect, test } from 'vitest';
import { importClosure, islandEntries, staticImports, withModulePreloads } from '../../../src/lib/module-preload';

describe('islandEntries', () => {
	test('takes each island’s component and renderer once, in page order', () => {
		const html = '<astro-island uid="a" component-url="/_astro/Timeline.js" renderer-url="/_astro/client.js" props="{}" client="load"></astro-island><p component-url="/_astro/not-an-island.js"></p><astro-island component-url="/_astro/Figure.js" renderer-url="/_astro/client.js" client="load"></astro-island>';
		expect(islandEntries(html)).toEqual(['/_astro/Timeline.js', '/_astro/client.js', '/_astro/Figure.js']);
	});
	test('leaves out islands that hydrate only when seen or idle', () => {
		const html = '<astro-island component-url="/_astro/Diagram.js" renderer-url="/_astro/client.js" client="visible"></astro-island><astro-island component-url="/_astro/Later.js" renderer-url="/_astro/client.js" client="idle"></astro-island>';
		expect(islandEntries(html)).toEqual([]);
	});
	test('finds nothing on a page without islands', () => {
		expect(islandEntries('<html><head></head><body><p>Text</p></body></html>')).toEqual([]);
	});
});

describe('staticImports', () => {
	test('reads minified imports and re-exports, not dynamic imports', () => {
		const source = 'import{t as e}from"./rolldown-runtime.js";import"./side-effect.js";export{n}from"./react.js";const lazy=()=>import("./zoom.js");';
		expect(staticImports(source)).toEqual(['./rolldown-runtime.js', './side-effect.js', './react.js']);
	});
	test('ignores bare and absolute specifiers and strings that only look like imports', () => {
		expect(staticImports('import x from"react";const s="import a from ./b.js";')).toEqual([]);
	});
});

describe('importClosure', () => {
	const files: Record<string, string> = {
		'/_astro/Timeline.js': 'import{a}from"./react.js";import{b}from"./shared.js";const z=()=>import("./zoom.js");',
		'/_astro/client.js': 'import{a}from"./react.js";',
		'/_astro/react.js': 'import{r}from"./runtime.js";',
		'/_astro/shared.js': 'import{r}from"./runtime.js";',
		'/_astro/runtime.js': 'export const r=1;',
		'/_astro/zoom.js': 'import{a}from"./react.js";',
	};
	test('follows static imports to the end, each file once, and leaves out files loaded on demand', () => {
		const closure = importClosure(['/_astro/Timeline.js', '/_astro/client.js'], (path) => files[path]!);
		expect(closure.sort()).toEqual(['/_astro/Timeline.js', '/_astro/client.js', '/_astro/react.js', '/_astro/runtime.js', '/_astro/shared.js']);
	});
});

describe('withModulePreloads', () => {
	test('puts one link per file at the end of the head', () => {
		expect(withModulePreloads('<head><title>T</title></head><body></body>', ['/_astro/a.js', '/_astro/b.js'])).toBe('<head><title>T</title><link rel="modulepreload" href="/_astro/a.js"><link rel="modulepreload" href="/_astro/b.js"></head><body></body>');
	});
	test('leaves a page without island files alone', () => {
		expect(withModulePreloads('<head></head>', [])).toBe('<head></head>');
	});
});
