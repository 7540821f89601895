import { defineConfig } from 'vitest/config';
import Sequencer from './sequencer.ts';

// Three projects, named by where their tests run: `unit` (node, no DOM, TZ pinned by
// the npm script), `dist` (node, reads the built files in dist/: every page, cheaply) and
// `browser` (playwright-core driving Chromium against dist/, once per template and state).
export default defineConfig({
	test: {
		sequence: { sequencer: Sequencer },
		projects: [
			{
				test: {
					name: 'unit',
					root: '.',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
					// The files share one module graph instead of a fresh one each: a fifth of the CPU
					// time. Safe while unit tests stay pure (no vi.mock, no stubbed globals).
					isolate: false,
				},
			},
			{
				test: {
					name: 'dist',
					root: '.',
					include: ['tests/dist/**/*.dist.test.ts'],
					environment: 'node',
					// They only read dist/: as for unit tests, one module graph for all the files.
					isolate: false,
				},
			},
			{
				test: {
					name: 'browser',
					root: '.',
					include: ['tests/browser/**/*.browser.test.ts'],
					environment: 'node',
					globalSetup: ['tests/browser/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					// expect.poll waits on behaviour, not a time; a second (its default) is too little when
					// the other test file, or anything else, keeps both cores busy.
					expect: { poll: { timeout: 10_000 } },
					// Each file launches its own Chromium; two at once fill this machine's two cores.
					maxWorkers: 2,
					// Concurrent tests in a file (pages.browser) each hold a reader: two keep both cores
					// busy, and fewer readers means fewer contexts to create and caches to warm.
					maxConcurrency: 2,
				},
			},
		],
	},
});
