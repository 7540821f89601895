// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import pagefind from 'astro-pagefind';
import { contentCheck } from './src/integrations/content-check/index.ts';
import { modulePreload } from './src/integrations/module-preload/index.ts';
import { pureD3Time } from './src/integrations/pure-d3-time.ts';
import { securityHeaders } from './src/integrations/security-headers/index.ts';
import { BASE_DIRECTIVES } from './src/lib/security/headers.ts';
import { CONTENT_ROOT } from './src/lib/content-layout.ts';

// The public address the site is deployed at; canonical links, the sitemap, social cards
// and embed snippets are built from it. Set SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'https://commissioning-explainer.example';

export default defineConfig({
	site,
	trailingSlash: 'always',
	// Four pages at once: a social card's PNG is drawn on another thread while the next pages render.
	build: { format: 'directory', concurrency: 4 },
	integrations: [
		contentCheck({ contentDir: `./${CONTENT_ROOT}/` }),
		mdx(),
		react(),
		// Embed views are copies of the timeline and phase pages (their canonical pages).
		sitemap({ filter: (page) => !page.includes('/embed/timeline/') && !page.includes('/embed/events/') }),
		// Pagefind indexes the built pages after the build, so `astro build` (and so `npm test` and
		// `npm start`) always writes dist/pagefind/.
		pagefind(),
		modulePreload(),
		securityHeaders(),
	],
	// HTML whitespace rules, not Astro 7's JSX default: this is prose, and JSX rules drop the
	// space at every line break next to a link or term ("called the<a>purchaser–provider split</a>").
	compressHTML: true,
	// React, its JSX runtime and the bundler's module wrapper load together on every page with
	// an island: one file instead of three saves the per-file overhead on the first download.
	vite: {
		plugins: [pureD3Time()],
		build: {
			rolldownOptions: {
				output: {
					codeSplitting: {
						groups: [
							{ name: 'react', test: /node_modules[\\/]react[\\/]/ },
							// The address parsers of the timeline and of embeds, which the embed loads together.
							{ name: 'address', test: /src[\\/]lib[\\/](timeline[\\/]url-state|embed[\\/]params)\.ts$/ },
						],
					},
				},
			},
		},
	},
	// No code blocks in the content; Shiki's inline styles would only fight the CSP.
	markdown: { syntaxHighlight: false },
	// No telemetry, no external requests at build time.
	devToolbar: { enabled: false },
	// Astro hashes every script and style it emits (island hydration included) into a CSP
	// <meta> element; the security-headers integration repeats them in dist/_headers.
	// Scripts stay strict (self plus hashes). Pagefind's search runs WebAssembly, which needs
	// 'wasm-unsafe-eval' (not 'unsafe-eval'). Style attributes are allowed because the server
	// renders positions (overview bars, diagram and timeline geometry) as inline styles; style
	// elements stay hash-only.
	security: {
		csp: {
			directives: [...BASE_DIRECTIVES],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: {
				resources: [
					{ resource: "'self'", kind: 'element' },
					{ resource: "'unsafe-inline'", kind: 'attribute' },
				],
			},
		},
	},
});
