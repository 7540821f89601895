import { describe, expect, test } from 'vitest';
import { parseHeadersFile } from '../../browser/static-server.mjs';
import {
	assetDirectivesFromHtml,
	contentSecurityPolicy,
	headersFile,
	mergeAssetDirectives,
} from '../../../src/lib/security/headers';

const page = (script: string, style: string) =>
	`<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' '${script}'; style-src 'self' '${style}';"></head>`;

describe('script and style directives', () => {
	test('are read from each page and merged without duplicates', () => {
		const a = assetDirectivesFromHtml(page('sha256-AAA=', 'sha256-SSS='));
		const b = assetDirectivesFromHtml(page('sha256-BBB=', 'sha256-SSS='));
		expect(a).toEqual({ 'script-src': ["'self'", "'sha256-AAA='"], 'style-src': ["'self'", "'sha256-SSS='"] });
		expect(mergeAssetDirectives([b, a])).toEqual({
			'script-src': ["'self'", "'sha256-AAA='", "'sha256-BBB='"],
			'style-src': ["'self'", "'sha256-SSS='"],
		});
	});
	test('keep what Astro configured, such as attribute rules, and fall back to self', () => {
		const html = `<meta http-equiv="content-security-policy" content="script-src 'self' 'wasm-unsafe-eval'; style-src-attr 'unsafe-inline';">`;
		expect(mergeAssetDirectives([assetDirectivesFromHtml(html)])).toEqual({
			'script-src': ["'self'", "'wasm-unsafe-eval'"],
			'style-src': ["'self'"],
			'style-src-attr': ["'unsafe-inline'"],
		});
		expect(mergeAssetDirectives([assetDirectivesFromHtml('<p>no policy</p>')])).toEqual({
			'script-src': ["'self'"],
			'style-src': ["'self'"],
		});
	});
});

describe('policy', () => {
	test('never allows unsafe-inline, and sets who may frame the page', () => {
		const policy = contentSecurityPolicy(mergeAssetDirectives([{ 'script-src': ["'self'", "'sha256-AAA='"] }]), "'self'");
		expect(policy).not.toContain('unsafe-inline');
		expect(policy).toContain("script-src 'self' 'sha256-AAA='");
		expect(policy).toContain("object-src 'none'");
		expect(policy).toMatch(/frame-ancestors 'self'$/);
	});
});

describe('headersFile', () => {
	const text = headersFile({ pageFolders: ['embed', 'events', 'timeline'], rootPages: ['index.html', '404.html'] }, mergeAssetDirectives([]));
	const rules = parseHeadersFile(text);
	const headersFor = (path: string) =>
		rules.filter((rule: { pattern: RegExp }) => rule.pattern.test(path)).flatMap((rule: { headers: string[][] }) => rule.headers);
	const csp = (path: string) => headersFor(path).filter(([name]: string[]) => name === 'Content-Security-Policy');

	test('each page gets exactly one policy (hosts merge matching rules)', () => {
		for (const path of ['/', '/404.html', '/events/x/', '/timeline/', '/embed/', '/embed/timeline/', '/embed/timeline/p/', '/embed/events/e/']) {
			expect(csp(path), path).toHaveLength(1);
		}
	});
	test('embeds may be framed by anyone; other pages only by the site', () => {
		expect(csp('/embed/timeline/p/')[0][1]).toMatch(/frame-ancestors \*$/);
		expect(csp('/embed/events/e/')[0][1]).toMatch(/frame-ancestors \*$/);
		expect(csp('/events/x/')[0][1]).toMatch(/frame-ancestors 'self'$/);
		expect(csp('/embed/')[0][1]).toMatch(/frame-ancestors 'self'$/);
		expect(headersFor('/embed/timeline/')).not.toContainEqual(['X-Frame-Options', 'SAMEORIGIN']);
	});
	test('every response has nosniff and a referrer policy that tells other sites nothing', () => {
		expect(headersFor('/og/site.png')).toContainEqual(['Referrer-Policy', 'same-origin']);
		expect(headersFor('/data/events.json')).toContainEqual(['X-Content-Type-Options', 'nosniff']);
	});
	test('scripts may be loaded by sandboxed (opaque-origin) embeds', () => {
		expect(headersFor('/_astro/x.js')).toContainEqual(['Access-Control-Allow-Origin', '*']);
	});
});
