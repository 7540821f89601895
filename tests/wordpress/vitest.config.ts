import { defineConfig } from 'vitest/config';

// `npm run test:wordpress`: opt-in, never part of `npm test` (it installs Debian packages and
// starts MariaDB and WordPress). See setup.ts.
export default defineConfig({
	test: {
		name: 'wordpress',
		root: '.',
		include: ['tests/wordpress/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/wordpress/setup.ts'],
		testTimeout: 120_000,
		hookTimeout: 600_000,
		fileParallelism: false,
	},
});
