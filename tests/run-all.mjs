// `npm test`: every check, in order, stopping at the first failure:
// types (astro check), unit tests, production build, internal links, valid HTML, checks of
// the built files in node, browser tests.
// Ends with one summary line, `Summary: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
	console.error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
	process.exit(1);
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' };
const results = 'test-results';
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;

/** Adds a vitest JSON report's counts to the totals. */
function countVitest(file) {
	if (!existsSync(file)) return false;
	const report = JSON.parse(readFileSync(file, 'utf8'));
	passed += report.numPassedTests;
	failed += report.numFailedTests;
	return true;
}

const steps = [
	{ name: 'types (astro check)', command: ['astro', 'check'] },
	{
		name: 'unit tests',
		command: ['vitest', 'run', '--config', 'tests/vitest.config.ts', '--project', 'unit', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/unit.json`],
		report: `${results}/unit.json`,
	},
	{ name: 'production build', command: ['astro', 'build'] },
	{ name: 'internal links (linkinator)', command: ['linkinator', 'dist', '--config', 'tests/links/linkinator.config.json'] },
	{ name: 'valid HTML (Nu HTML Checker)', command: ['node', 'tests/html/validate.mjs'] },
	{
		name: 'built files (every page, in node)',
		command: ['vitest', 'run', '--config', 'tests/vitest.config.ts', '--project', 'dist', '--reporter=dot', '--reporter=json', `--outputFile.json=${results}/dist.json`],
		report: `${results}/dist.json`,
	},
	{
		name: 'browser tests',
		command: ['vitest', 'run', '--config', 'tests/vitest.config.ts', '--project', 'browser', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/browser.json`],
		report: `${results}/browser.json`,
	},
];

for (const step of steps) {
	if (step.report) rmSync(step.report, { force: true });
	console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
	const started = Date.now();
	const { status } = spawnSync(step.command[0], step.command.slice(1), { stdio: 'inherit', env });
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	const counted = step.report ? countVitest(step.report) : false;
	if (!counted) {
		if (status === 0) passed += 1;
		else failed += 1;
	}
	if (status !== 0) {
		console.error(`\n✗ ${step.name} failed after ${seconds}s`);
		console.log(`Summary: ${passed} passed, ${failed || 1} failed`);
		process.exit(1);
	}
	console.log(`✓ ${step.name} (${seconds}s)`);
}
console.log(`Summary: ${passed} passed, ${failed} failed`);
