import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { routes } from '../../src/lib/routes';
import { OPEN_TO_ANY_SITE, PERMISSIONS_POLICY, REFERRER_POLICY } from '../../src/lib/security/headers';

// nginx drops server-level add_header lines inside any location that has its own, so each
// location in the README's block must repeat the headers every response gets.
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const nginx = /```nginx\n([\s\S]*?)```/.exec(readme)![1]!;
const locations = [...nginx.matchAll(/location ([^{]+)\{([^}]*)\}/g)].map(([, path, body]) => ({ path: path!.trim(), body: body! }));

test('every location in the README’s nginx rules sends the headers every response gets', () => {
	expect(locations.map((location) => location.path).slice(0, 2)).toEqual(['/', '~ ^/embed/(timeline|events)/']);
	expect(locations).toHaveLength(3);
	for (const { path, body } of locations) {
		expect(body, path).toContain(`add_header Referrer-Policy ${REFERRER_POLICY} always;`);
		expect(body, path).toContain('add_header X-Content-Type-Options nosniff always;');
		expect(body, path).toContain(`add_header Permissions-Policy "${PERMISSIONS_POLICY}" always;`);
	}
});

test('pages may be framed only by the site, embeds by anyone', () => {
	const [site, embed] = locations;
	expect(site!.body).toContain(`add_header Content-Security-Policy "$csp; frame-ancestors 'self'" always;`);
	expect(site!.body).toContain('add_header X-Frame-Options SAMEORIGIN always;');
	expect(embed!.body).toContain('add_header Content-Security-Policy "$csp; frame-ancestors *" always;');
	expect(embed!.body).not.toContain('X-Frame-Options');
});

test('the files other sites may fetch (scripts, the loader, event details, open data, oEmbed) get CORS from nginx too', () => {
	const cors = locations.find((location) => location.body.includes('Access-Control-Allow-Origin *'))!;
	const pattern = new RegExp(cors.path.replace(/^~\s*/, ''));
	// The same files the _headers rules open, a folder's pattern standing for a file in it.
	for (const path of OPEN_TO_ANY_SITE.map((open) => open.replace('*', 'file.json'))) expect(path, path).toMatch(pattern);
	for (const path of [routes.timeline(), routes.event('e'), routes.embedTimeline()]) expect(path, path).not.toMatch(pattern);
});
