// A small static file server for the built site: used by the browser tests, the
// benchmark and `npm run preview`. It serves dist/ like a static host would
// (directory index.html, 404.html for misses) and can apply the `_headers` file.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.webmanifest': 'application/manifest+json',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

/**
 * Parses a Netlify/Cloudflare-style `_headers` file into rules: a path pattern
 * (with `*` wildcards) followed by indented `Name: value` lines.
 */
export function parseHeadersFile(text) {
	const rules = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
			rules.push({ pattern, headers: [] });
		} else if (rules.length > 0) {
			const index = line.indexOf(':');
			rules.at(-1).headers.push([line.slice(0, index).trim(), line.slice(index + 1).trim()]);
		}
	}
	return rules;
}

/**
 * Starts serving `root` on 127.0.0.1. Resolves to `{ url, close }`.
 * @param {{ root: string, port?: number, applyHeaders?: boolean }} options
 */
export function startStaticServer({ root, port = 0, applyHeaders = false }) {
	const base = resolve(root);
	const headersPath = join(base, '_headers');
	const rules = applyHeaders && existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];

	const server = createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		let file = normalize(join(base, pathname));
		if (!file.startsWith(base)) {
			response.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		let status = 200;
		if (!existsSync(file)) {
			status = 404;
			file = join(base, '404.html');
		}
		for (const rule of rules) {
			if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) response.setHeader(name, value);
		}
		response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
		response.writeHead(status);
		response.end(existsSync(file) ? readFileSync(file) : 'Not found');
	});

	return new Promise((resolvePromise) => {
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			resolvePromise({
				url: `http://127.0.0.1:${address.port}`,
				close: () => new Promise((done) => server.close(() => done())),
			});
		});
	});
}

// `node tests/browser/static-server.mjs [port]` serves dist/ until stopped.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const root = fileURLToPath(new URL('../../dist/', import.meta.url));
	if (!existsSync(join(root, 'index.html'))) {
		console.error('dist/ has no index.html: run `npm run build` first.');
		process.exit(1);
	}
	const { url } = await startStaticServer({ root, port: Number(process.argv[2] ?? 4321), applyHeaders: true });
	console.log(`Serving the built site at ${url}/ (Ctrl+C to stop)`);
}
