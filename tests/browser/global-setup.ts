import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../server/static-server.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Serves the built site once for every browser test file, with the `_headers` rules applied. */
export default async function setup(project: TestProject) {
	if (!existsSync(`${DIST}index.html`)) throw new Error('dist/ is not built: run `npm run build` first.');
	const server = await startStaticServer({ root: DIST, applyHeaders: true });
	project.provide('baseUrl', server.url);
	project.provide('distDir', DIST);
	return server.close;
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		distDir: string;
	}
}
