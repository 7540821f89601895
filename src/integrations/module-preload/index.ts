/**
 * Adds `<link rel="modulepreload">` for every file of each page's load-time island import chains after
 * the build (see lib/module-preload.ts), so they download while the page is parsed.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importClosure, islandEntries, withModulePreloads } from '../../lib/module-preload';
import { htmlFiles } from '../html-files';

/** The integration; add it to astro.config.mjs. */
export function modulePreload(): AstroIntegration {
	return {
		name: 'module-preload',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const sources = new Map<string, string>();
				const read = (path: string) => sources.get(path) ?? sources.set(path, readFileSync(join(root, path), 'utf8')).get(path)!;
				let pages = 0;
				for (const file of htmlFiles(root)) {
					const html = readFileSync(file, 'utf8');
					const entries = islandEntries(html);
					if (entries.length === 0) continue;
					writeFileSync(file, withModulePreloads(html, importClosure(entries, read)));
					pages += 1;
				}
				logger.info(`module preloads added to ${pages} pages with islands`);
			},
		},
	};
}
