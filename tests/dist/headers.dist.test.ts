/**
 * Every built HTML page, under every path a host may serve it at (with and without the
 * trailing slash, as index.html, and the 404 page for missing paths), is answered by the
 * preview server with one Content-Security-Policy and its framing rule from
 * dist/_headers. No browser needed: plain requests to the preview server.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FRAMEABLE_FOLDERS } from '../../src/lib/security/headers';
import { servedPaths } from '../server/served-paths';
import { startStaticServer } from '../server/static-server.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
let server: Awaited<ReturnType<typeof startStaticServer>>;
beforeAll(async () => {
	server = await startStaticServer({ root: dist, applyHeaders: true });
});
afterAll(() => server.close());

describe('response headers from dist/_headers', () => {
	test('every page and every path it may be served at has one policy and its framing rule', { timeout: 60_000 }, async () => {
		const paths = pages.flatMap(servedPaths);
		expect(pages.length).toBeGreaterThan(100);
		const missing: string[] = [];
		for (const path of paths) {
			const response = await fetch(server.url + path, { method: 'HEAD', redirect: 'manual' });
			// A rule repeated with the same value is harmless: count the distinct policies.
			const policies = [...new Set(response.headers.get('content-security-policy')?.split(', ') ?? [])];
			const framing = new Set(response.headers.get('x-frame-options')?.split(', ') ?? []);
			const frameable = FRAMEABLE_FOLDERS.some((folder) => path.startsWith(`/${folder}`));
			const ok =
				policies.length === 1 &&
				(frameable
					? policies[0]!.endsWith('frame-ancestors *') && framing.size === 0
					: policies[0]!.endsWith("frame-ancestors 'self'") && framing.size === 1 && framing.has('SAMEORIGIN'));
			if (!ok) missing.push(`${path} (${response.status}): ${policies.length} policies, X-Frame-Options ${[...framing].join(', ') || 'none'}`);
		}
		expect(missing).toEqual([]);
	});
});
