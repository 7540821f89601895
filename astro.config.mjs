// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import pagefind from 'astro-pagefind';
import { contentCheck } from './src/integrations/content-check/index.ts';

// The public address the site is deployed at; canonical links, the sitemap, social cards
// and embed snippets are built from it. Set SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'https://commissioning-explainer.example';

export default defineConfig({
	site,
	trailingSlash: 'always',
	build: { format: 'directory' },
	// Pagefind indexes the built pages after the build, so `astro build` (and so `npm test` and
	// `npm start`) always writes dist/pagefind/.
	integrations: [contentCheck({ contentDir: './content/' }), mdx(), react(), sitemap(), pagefind()],
	// No telemetry, no external requests at build time.
	devToolbar: { enabled: false },
});
