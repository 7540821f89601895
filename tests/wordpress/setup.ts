/**
 * Global setup of `npm run test:wordpress`: a real WordPress, as a union's web editor runs it,
 * with the site under test as the oEmbed provider. It installs whatever is missing of
 * Debian's WordPress, MariaDB and PHP, builds the site for http://127.0.0.1:8080 into a
 * temporary folder and serves it there (WordPress fetches oEmbed only from ports 80, 443 and
 * 8080), starts MariaDB on a socket in a temporary data folder and WordPress under PHP's
 * built-in server at http://localhost:8081, installs WordPress and writes the posts. The
 * teardown stops everything it started and removes what it wrote.
 *
 * The one change to WordPress is the mu-plugin allow-loopback-site.php (WordPress refuses
 * loopback hosts as oEmbed providers). Debian's WordPress reads its settings from
 * /etc/wordpress/config-<host>.php, so the setup writes config-localhost.php there (and
 * refuses to run if one exists already) and deletes it afterwards.
 */
import type { TestProject } from 'vitest/node';
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../server/static-server.mjs';
import { embedSnippet } from '../../src/lib/embed/snippet';
import { routes } from '../../src/lib/routes';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HERE = fileURLToPath(new URL('./', import.meta.url));
const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'mariadb-server', 'php-cli', 'php-mysql'];
export const SITE = 'http://127.0.0.1:8080';
export const WORDPRESS = 'http://localhost:8081';
const CONFIG = '/etc/wordpress/config-localhost.php';

export interface WordpressPost {
	id: number;
	content: string;
}

function missingPackages(): string[] {
	return PACKAGES.filter((name) => spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout !== 'install ok installed');
}

async function waitFor(what: string, ready: () => boolean | Promise<boolean>, seconds = 60): Promise<void> {
	for (let i = 0; i < seconds * 4; i++) {
		if (await ready()) return;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`${what} did not start within ${seconds} s`);
}

const answers = (url: string) => () =>
	fetch(url, { redirect: 'manual' }).then(
		() => true,
		() => false,
	);

export default async function setup(project: TestProject) {
	const stops: (() => void | Promise<void>)[] = [];
	const teardown = async () => {
		for (const stop of stops.reverse()) await stop();
	};
	try {
		const missing = missingPackages();
		if (missing.length > 0) {
			if (process.getuid?.() !== 0) throw new Error(`Missing Debian packages; as root run: apt-get install -y --no-install-recommends ${missing.join(' ')}`);
			execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
		}
		if (existsSync(CONFIG)) throw new Error(`${CONFIG} exists already: this test will not overwrite a WordPress configuration`);
		for (const port of [8080, 8081]) {
			if (await answers(`http://127.0.0.1:${port}/`)()) throw new Error(`port ${port} is in use`);
		}

		const work = mkdtempSync(join(tmpdir(), 'wordpress-test-'));
		stops.push(() => rmSync(work, { recursive: true, force: true }));

		// The site, built for the address WordPress will fetch it from.
		const dist = join(work, 'site');
		execFileSync('npx', ['astro', 'build', '--outDir', dist], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, SITE_URL: SITE, ASTRO_TELEMETRY_DISABLED: '1' } });
		const site = await startStaticServer({ root: dist, port: 8080, applyHeaders: true });
		stops.push(site.close);

		// MariaDB on a socket only, with its own data folder.
		const data = join(work, 'mysql');
		const socket = join(work, 'mysql.sock');
		execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root', '--skip-test-db', '--auth-root-authentication-method=socket'], { stdio: 'ignore' });
		track(spawn('mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', '--user=root', `--pid-file=${join(work, 'mysql.pid')}`], { stdio: 'ignore' }), stops);
		await waitFor('MariaDB', () => existsSync(socket) && spawnSync('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e', 'SELECT 1']).status === 0);
		execFileSync('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e', "CREATE DATABASE wordpress; CREATE USER wordpress@localhost IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO wordpress@localhost;"]);

		// WordPress: Debian's files, a content folder of our own with the theme and the mu-plugin.
		const content = join(work, 'wp-content');
		mkdirSync(join(content, 'mu-plugins'), { recursive: true });
		mkdirSync(join(content, 'uploads'));
		symlinkSync('/usr/share/wordpress/wp-content/themes', join(content, 'themes'));
		copyFileSync(join(HERE, 'allow-loopback-site.php'), join(content, 'mu-plugins', 'allow-loopback-site.php'));
		writeFileSync(
			CONFIG,
			`<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress');
define('DB_HOST', 'localhost:${socket}');
define('WP_CONTENT_DIR', '${content}');
define('WP_HOME', '${WORDPRESS}');
define('WP_SITEURL', '${WORDPRESS}');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
`,
		);
		stops.push(() => rmSync(CONFIG, { force: true }));

		const snippet = (path: string, title: string) => embedSnippet({ src: SITE + path, title, loaderSrc: SITE + routes.embedLoader() });
		const events: { id: string; title: string; amounts: unknown[]; phase: { id: string } }[] = JSON.parse(readFileSync(join(dist, 'data/events.json'), 'utf8')).events;
		// An event with a sum, so the card shows every part.
		const event = events.find((candidate) => candidate.amounts.length > 0)!;
		const eventId = event.id;
		const embedBlock = (url: string) =>
			`<!-- wp:embed {"url":"${url}","type":"rich","providerNameSlug":"who-buys-our-care"} -->\n<figure class="wp-block-embed is-type-rich is-provider-who-buys-our-care wp-block-embed-who-buys-our-care"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->`;
		const customHtml = (code: string) => `<!-- wp:html -->\n${code}\n<!-- /wp:html -->`;
		const code = snippet(routes.embedEvent(eventId), event.title);
		const posts = {
			timeline: { title: 'The timeline, pasted as an address', by: 'editor', content: embedBlock(SITE + routes.timeline()) },
			phase: { title: 'A phase, pasted on a line of its own', by: 'editor', content: `<p>The first phase:</p>\n\n${SITE}${routes.phase(event.phase.id)}\n\n<p>Read on.</p>` },
			event: { title: 'An event, pasted as an address', by: 'editor', content: embedBlock(SITE + routes.event(eventId)) },
			customHtml: { title: 'The builder’s code in a Custom HTML block', by: 'editor', content: customHtml(code) },
			authorHtml: { title: 'The same code, saved by an Author', by: 'author', content: customHtml(code) },
		};
		const saved = JSON.parse(
			execFileSync('php', [join(HERE, 'install.php'), WORDPRESS, JSON.stringify(posts)], { encoding: 'utf8', env: { ...process.env } }),
		) as Record<keyof typeof posts, WordpressPost>;

		track(
			spawn('php', ['-S', '127.0.0.1:8081', '-t', '/usr/share/wordpress', join(HERE, 'router.php')], {
				stdio: 'ignore',
				// Its own process group, so stopping it stops the workers it forks too.
				detached: true,
				// WordPress fetches the site while it renders a post; let it serve other requests meanwhile.
				env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
			}),
			stops,
			true,
		);
		await waitFor('WordPress', answers(`${WORDPRESS}/wp-login.php`));

		project.provide('wordpress', { url: WORDPRESS, site: SITE, eventId, posts: saved });
		return teardown;
	} catch (error) {
		await teardown();
		throw error;
	}
}

/**
 * Stops a process this setup started when the run ends, by its id, or with `group` (for one
 * spawned detached) by its process group, which holds only it and the children it forked.
 */
function track(child: ChildProcess, stops: (() => void | Promise<void>)[], group = false): ChildProcess {
	stops.push(
		() =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				if (group) process.kill(-child.pid!, 'SIGTERM');
				else child.kill('SIGTERM');
			}),
	);
	return child;
}

declare module 'vitest' {
	export interface ProvidedContext {
		wordpress: { url: string; site: string; eventId: string; posts: Record<'timeline' | 'phase' | 'event' | 'customHtml' | 'authorHtml', WordpressPost> };
	}
}
