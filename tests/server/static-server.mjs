// The one server for the built site: `npm start`/`npm run preview`, the browser tests and the
// benchmark. sirv (a maintained static file middleware) maps URLs to files: it indexes the
// folder once at start, so nothing outside it can ever be served, and a URL it cannot decode
// simply matches no file. This module adds what a static host adds: the `_headers` rules
// (parsed and matched by Netlify's own parser), 404.html for misses, GET and HEAD only, and
// the `_headers` file itself kept private.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { parseAllHeaders } from '@netlify/headers-parser';

/** Files a host reads as configuration and never serves. */
const PRIVATE_FILES = ['_headers'];

/**
 * The header rules of a `_headers` file, as Netlify parses them (`*` splats, `:placeholders`,
 * an optional trailing slash, case-insensitive). Throws on a syntax error.
 * @param {string} file
 */
export async function readHeaderRules(file) {
	const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: [], minimal: false });
	if (errors.length > 0) throw new Error(`${file}: ${errors.map((error) => error.message).join('\n')}`);
	return /** @type {import('@netlify/headers-parser').Header[]} */ (headers);
}

/**
 * Every header the rules give `path`, one entry per matching rule. Hosts such as Cloudflare
 * Pages send all of them (two rules setting one header send it twice), so a caller can see
 * a conflict instead of one rule silently winning.
 * @param {import('@netlify/headers-parser').Header[]} rules
 * @param {string} path
 * @returns {[string, string][]}
 */
export function headersForPath(rules, path) {
	return rules.filter((rule) => rule.forRegExp.test(path)).flatMap((rule) => Object.entries(rule.values));
}

/**
 * Starts serving `root` on 127.0.0.1. Resolves to `{ url, close }`.
 * @param {{ root: string, port?: number, applyHeaders?: boolean }} options
 */
export async function startStaticServer({ root, port = 0, applyHeaders = false }) {
	const base = resolve(root);
	const headersFile = join(base, '_headers');
	const rules = applyHeaders && existsSync(headersFile) ? await readHeaderRules(headersFile) : [];
	const notFoundPage = existsSync(join(base, '404.html')) ? readFileSync(join(base, '404.html')) : Buffer.from('Not found');
	const notFound = (/** @type {import('node:http').ServerResponse} */ response) => {
		response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFoundPage);
	};
	const files = sirv(base, { etag: true, onNoMatch: (_request, response) => notFound(response) });

	const server = createServer((request, response) => {
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			response.writeHead(405, { Allow: 'GET, HEAD' }).end();
			return;
		}
		let path;
		try {
			// The path as sirv reads it (the request target before any query or fragment, then
			// decodeURI), so the rules match the file it serves.
			path = decodeURI((request.url ?? '/').split(/[?#]/)[0]);
		} catch {
			response.writeHead(400).end('Bad request');
			return;
		}
		for (const [name, value] of headersForPath(rules, path)) response.appendHeader(name, value);
		if (PRIVATE_FILES.some((file) => path.replace(/\/$/, '') === `/${file}`)) {
			notFound(response);
			return;
		}
		files(request, response);
	});

	await new Promise((listening) => server.listen(port, '127.0.0.1', () => listening(undefined)));
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	return {
		url: `http://127.0.0.1:${address.port}`,
		close: () => new Promise((done) => server.close(() => done(undefined))),
	};
}

// `node tests/server/static-server.mjs [port]` serves dist/ with its headers until stopped.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const root = fileURLToPath(new URL('../../dist/', import.meta.url));
	if (!existsSync(join(root, 'index.html'))) {
		console.error('dist/ has no index.html: run `npm run build` first.');
		process.exit(1);
	}
	const { url } = await startStaticServer({ root, port: Number(process.argv[2] ?? 4321), applyHeaders: true });
	console.log(`Serving the built site at ${url}/ (Ctrl+C to stop)`);
}
