import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../server/static-server.mjs';
import { launchBrowserServer } from './chromium';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * Serves the built site once for every browser test file, with the `_headers` rules applied,
 * and launches the one Chromium the files connect to.
 */
export default async function setup(project: TestProject) {
	if (!existsSync(`${DIST}index.html`)) throw new Error('dist/ is not built: run `npm run build` first.');
	const [server, chromium] = await Promise.all([startStaticServer({ root: DIST, applyHeaders: true }), launchBrowserServer()]);
	project.provide('baseUrl', server.url);
	project.provide('distDir', DIST);
	project.provide('browserEndpoint', chromium.wsEndpoint());
	return async () => {
		await Promise.all([server.close(), chromium.close()]);
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		distDir: string;
		/** Where the shared Chromium listens (tests/browser/chromium.ts). */
		browserEndpoint: string;
	}
}
