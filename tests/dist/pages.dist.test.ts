/**
 * Every built page, checked cheaply in node straight after the build (see page-checks.ts).
 * The browser suite runs the real thing (axe, console, JavaScript off) once per template.
 */
import { describe, expect, test } from 'vitest';
import { listPages, readPage } from './built-site';
import { checkPage } from './page-checks';

const pages = listPages();

test('the build has the pages a reader expects', () => {
	for (const path of ['/', '/timeline/', '/sources/', '/organisations/', '/glossary/', '/search/', '/diagrams/', '/embed/', '/404.html']) {
		expect(pages).toContain(path);
	}
	expect(pages.filter((path) => /^\/phases\/[^/]+\/$/.test(path))).toHaveLength(6);
	expect(pages.filter((path) => path.startsWith('/events/')).length).toBeGreaterThanOrEqual(61);
});

describe.each(pages)('%s', (path) => {
	test('has a language, one h1, real content, unique ids, and names for every link, button and field', () => {
		expect(checkPage(readPage(path))).toEqual([]);
	});
});
