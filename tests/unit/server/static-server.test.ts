import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../../server/static-server.mjs';

// A site folder with a secret file beside it (where a path check without a trailing
// separator would let `/..%2fdist-secret.txt` through) and a `_headers` file.
const parent = mkdtempSync(join(tmpdir(), 'static-server-'));
const root = join(parent, 'dist');
let server: { url: string; close: () => Promise<void> };

/** Raw requests: fetch() would normalise the hostile paths before sending them. */
function send(method: string, path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
	const { hostname, port } = new URL(server.url);
	return new Promise((done, fail) => {
		const req = request({ hostname, port, method, path }, (response) => {
			let body = '';
			response.on('data', (chunk) => (body += chunk));
			response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body }));
		});
		req.on('error', fail);
		req.end();
	});
}

beforeAll(async () => {
	mkdirSync(join(root, 'timeline'), { recursive: true });
	writeFileSync(join(parent, 'dist-secret.txt'), 'SECRET');
	writeFileSync(join(root, 'index.html'), '<p>home</p>');
	writeFileSync(join(root, 'timeline', 'index.html'), '<p>timeline</p>');
	writeFileSync(join(root, '404.html'), '<p>not here</p>');
	writeFileSync(join(root, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n/timeline/*\n  X-Frame-Options: SAMEORIGIN\n');
	server = await startStaticServer({ root, applyHeaders: true });
});
afterAll(async () => {
	await server.close();
	rmSync(parent, { recursive: true, force: true });
});

describe('startStaticServer', () => {
	test('serves pages with the _headers rules that match them', async () => {
		const page = await send('GET', '/timeline/');
		expect(page.status).toBe(200);
		expect(page.body).toBe('<p>timeline</p>');
		expect(page.headers['content-type']).toMatch(/^text\/html/);
		expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
		expect(page.headers['x-content-type-options']).toBe('nosniff');
	});

	test('answers a malformed URL with 400 and keeps running', async () => {
		expect((await send('GET', '/%')).status).toBe(400);
		expect((await send('GET', '/%E0%A4%A')).status).toBe(400);
		expect((await send('GET', '/')).status).toBe(200);
	});

	test('never serves a file outside its folder', async () => {
		for (const path of ['/..%2fdist-secret.txt', '/../dist-secret.txt', '/%2e%2e/dist-secret.txt', '/%2e%2e%2fdist-secret.txt', '/timeline/..%2f..%2fdist-secret.txt']) {
			const response = await send('GET', path);
			expect(response.status, path).toBe(404);
			expect(response.body, path).not.toContain('SECRET');
		}
	});

	test('answers a NUL byte with a 404 page and keeps running', async () => {
		const response = await send('GET', '/%00');
		expect(response.status).toBe(404);
		expect(response.body).toBe('<p>not here</p>');
		expect((await send('GET', '/')).status).toBe(200);
	});

	test('keeps the _headers file private', async () => {
		for (const path of ['/_headers', '/_headers/', '/%5Fheaders']) {
			const response = await send('GET', path);
			expect(response.status, path).toBe(404);
			expect(response.body, path).not.toContain('nosniff');
		}
	});

	test('answers only GET and HEAD', async () => {
		const head = await send('HEAD', '/');
		expect(head.status).toBe(200);
		expect(head.body).toBe('');
		for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
			const response = await send(method, '/');
			expect(response.status, method).toBe(405);
			expect(response.headers.allow).toBe('GET, HEAD');
		}
	});
});
