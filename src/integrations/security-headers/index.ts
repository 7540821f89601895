/**
 * Writes dist/_headers after the build: the security headers of lib/security/headers.ts,
 * with the script and style sources (inline hashes included) Astro put in each page's CSP
 * `<meta>` element.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assetDirectivesFromHtml, headersFile, mergeAssetDirectives } from '../../lib/security/headers';
import { htmlFiles } from '../html-files';

/** The integration; add it to astro.config.mjs. */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = htmlFiles(root);
				const pages = files.map((file) => relative(root, file).split(sep).join('/'));
				const assets = mergeAssetDirectives(files.map((file) => assetDirectivesFromHtml(readFileSync(file, 'utf8'))));
				writeFileSync(join(root, '_headers'), headersFile(pages, assets));
				logger.info(`_headers written for ${pages.length} pages`);
			},
		},
	};
}
