// `npm run check:html` (and a step of `npm test`): the Nu HTML Checker (vnu-jar from npm) over
// every built page in one Java run, errors only. Java comes from Debian: installed here when it
// is missing, as .ci/run does for Chromium.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vnuJar from 'vnu-jar';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.html'))
	.map((file) => join(dist, file));
if (pages.length === 0) {
	console.error('dist/ has no HTML: run `npm run build` first.');
	process.exit(1);
}

if (spawnSync('java', ['-version'], { stdio: 'ignore' }).error) {
	console.log('Installing Debian\'s Java for the HTML checker (apt-get install -y default-jre-headless)');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'default-jre-headless']]) {
		if (spawnSync('apt-get', args, { stdio: 'inherit', env }).status !== 0) {
			console.error('Could not install Java: install a JRE (17 or later) and run again.');
			process.exit(1);
		}
	}
}

// One short JVM run: the quick (C1) compiler and the serial collector halve its CPU time
// (about 8 s instead of 17 s for 164 pages here); the checker needs a deeper stack than
// the default for its schemas.
const jvm = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
const { status, stderr } = spawnSync('java', [...jvm, '-jar', String(vnuJar), '--errors-only', '--format', 'gnu', ...pages], { encoding: 'utf8' });
const errors = stderr.split('\n').filter(Boolean).map((line) => line.replace(`file:${dist}`, 'dist/'));
if (status !== 0 || errors.length > 0) {
	console.error(errors.join('\n'));
	console.error(`\n${errors.length} HTML errors in ${pages.length} pages.`);
	process.exit(1);
}
console.log(`${pages.length} pages: no HTML errors.`);
