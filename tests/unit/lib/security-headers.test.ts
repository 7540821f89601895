import { beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Header } from '@netlify/headers-parser';
import { headersForPath, readHeaderRules } from '../../server/static-server.mjs';
import { servedPaths } from '../../server/served-paths';
import {
	assetDirectivesFromHtml,
	contentSecurityPolicy,
	headersFile,
	mergeAssetDirectives,
	PERMISSIONS_POLICY,
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
	const pages = ['index.html', '404.html', 'embed/index.html', 'embed/timeline/index.html', 'embed/timeline/p/index.html', 'embed/events/e/index.html', 'events/x/index.html', 'timeline/index.html'];
	let rules: Header[];
	beforeAll(async () => {
		const dir = mkdtempSync(join(tmpdir(), 'headers-'));
		writeFileSync(join(dir, '_headers'), headersFile(pages, mergeAssetDirectives([])));
		rules = await readHeaderRules(join(dir, '_headers'));
		rmSync(dir, { recursive: true });
	});
	const headersFor = (path: string) => headersForPath(rules, path);
	/** The distinct values of a header a path gets: a rule repeated with the same value is harmless. */
	const values = (path: string, header: string) => [...new Set(headersFor(path).filter(([name]) => name === header).map(([, value]) => value))];
	const policies = (path: string) => values(path, 'Content-Security-Policy');

	test('every path a host may serve a page at gets one policy (hosts send every matching rule)', () => {
		for (const path of pages.flatMap(servedPaths)) expect(policies(path), path).toHaveLength(1);
	});
	test('embeds may be framed by anyone; other pages, with or without the slash, as index.html or a 404, only by the site', () => {
		for (const path of ['/embed/timeline/p/', '/embed/timeline', '/embed/timeline/index.html', '/embed/events/e/', '/embed/events/e/index.html']) {
			expect(policies(path)[0], path).toMatch(/frame-ancestors \*$/);
			expect(headersFor(path), path).not.toContainEqual(['X-Frame-Options', 'SAMEORIGIN']);
		}
		for (const path of ['/index.html', '/timeline', '/embed/', '/embed/index.html', '/events/x/index.html', '/no-such-page', '/events/missing/']) {
			expect(policies(path)[0], path).toMatch(/frame-ancestors 'self'$/);
			expect(values(path, 'X-Frame-Options'), path).toEqual(['SAMEORIGIN']);
		}
	});
	test('every response has nosniff, a referrer policy that tells other sites nothing and a permissions policy', () => {
		expect(headersFor('/og/site.png')).toContainEqual(['Referrer-Policy', 'same-origin']);
		expect(headersFor('/data/events.json')).toContainEqual(['X-Content-Type-Options', 'nosniff']);
		expect(headersFor('/timeline/')).toContainEqual(['Permissions-Policy', PERMISSIONS_POLICY]);
	});
	test('scripts may be loaded by sandboxed (opaque-origin) embeds', () => {
		expect(headersFor('/_astro/x.js')).toContainEqual(['Access-Control-Allow-Origin', '*']);
	});
	test('open data, oEmbed responses and the event details the timeline embed fetches may be fetched by any site; pages may not', () => {
		for (const path of ['/data/events.json', '/data/events.csv', '/oembed/events/e.json', '/timeline/details.json']) expect(headersFor(path), path).toContainEqual(['Access-Control-Allow-Origin', '*']);
		expect(headersFor('/timeline/')).not.toContainEqual(['Access-Control-Allow-Origin', '*']);
	});
});
