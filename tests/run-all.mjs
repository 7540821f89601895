// `npm test`: every check, stopping at the first failure:
// unit tests and the production build, then types (astro check), internal links, valid HTML
// and checks of the built files in node, then browser tests.
// Steps in one group do not depend on each other and run at once: on this 2-core machine
// they are mostly single-threaded (astro check, linkinator, the Java HTML checker), so the
// pair or trio takes about as long as its slowest step. A failure stops the run once its
// group has finished, so every step of that group still reports.
// Ends with one summary line, `Summary: N passed, N failed`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
	console.error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
	process.exit(1);
}

// Output of steps that run at once is collected, not streamed, so keep the colours a terminal would show.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC', ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) };
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

const vitest = (project, reporter) => ({
	command: ['vitest', 'run', '--config', 'tests/vitest.config.ts', '--project', project, `--reporter=${reporter}`, '--reporter=json', `--outputFile.json=${results}/${project}.json`],
	report: `${results}/${project}.json`,
});

const groups = [
	[
		{ name: 'unit tests', ...vitest('unit', 'default') },
		{ name: 'production build', command: ['astro', 'build'] },
	],
	[
		// After the build, whose sync has written the content types that astro check reads.
		{ name: 'types (astro check)', command: ['astro', 'check', '--noSync'] },
		{ name: 'internal links (linkinator)', command: ['linkinator', 'dist', '--config', 'tests/links/linkinator.config.json'] },
		{ name: 'valid HTML (Nu HTML Checker)', command: ['node', 'tests/html/validate.mjs'] },
		{ name: 'built files (every page, in node)', ...vitest('dist', 'dot') },
	],
	[{ name: 'browser tests', ...vitest('browser', 'default') }],
];

/** Runs one step; a step alone in its group streams its output, others print theirs when done. */
function run(step, alone) {
	if (step.report) rmSync(step.report, { force: true });
	const header = `\n▶ ${step.name}: ${step.command.join(' ')}`;
	if (alone) console.log(header);
	const started = Date.now();
	const child = spawn(step.command[0], step.command.slice(1), { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'], env });
	const output = [];
	child.stdout?.on('data', (chunk) => output.push(chunk));
	child.stderr?.on('data', (chunk) => output.push(chunk));
	return new Promise((resolve) => {
		child.on('close', (status) => {
			if (!alone) {
				console.log(header);
				process.stdout.write(Buffer.concat(output));
			}
			const seconds = ((Date.now() - started) / 1000).toFixed(1);
			const counted = step.report ? countVitest(step.report) : false;
			if (!counted) {
				if (status === 0) passed += 1;
				else failed += 1;
			}
			if (status === 0) console.log(`✓ ${step.name} (${seconds}s)`);
			else console.error(`\n✗ ${step.name} failed after ${seconds}s`);
			resolve(status === 0);
		});
	});
}

for (const group of groups) {
	const started = Date.now();
	const outcomes = await Promise.all(group.map((step) => run(step, group.length === 1)));
	if (group.length > 1) console.log(`(${group.map((step) => step.name).join(', ')}: ${((Date.now() - started) / 1000).toFixed(1)}s together)`);
	if (outcomes.includes(false)) {
		console.log(`Summary: ${passed} passed, ${failed || 1} failed`);
		process.exit(1);
	}
}
console.log(`Summary: ${passed} passed, ${failed} failed`);
