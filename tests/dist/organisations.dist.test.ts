/** Every organisation page, read from dist/: its events in date order, or a note that it has none. */
import { expect, test } from 'vitest';
import { DomUtils, parseDocument } from 'htmlparser2';
import { comparePartialDates } from '../../src/lib/dates';
import { listPages, readPage } from './built-site';

const organisationPages = listPages().filter((path) => /^\/organisations\/[^/]+\/$/.test(path));

test.each(organisationPages)('%s lists its events in date order, each linked, or says it has none', (path) => {
	const document = parseDocument(readPage(path));
	const list = DomUtils.findOne((element) => element.name === 'ol' && element.attribs.class?.split(' ').includes('events') === true, document.children);
	if (!list) {
		const none = DomUtils.findOne((element) => element.attribs.class?.split(' ').includes('none') === true, document.children);
		expect(none && DomUtils.textContent(none)).toMatch(/No event/);
		return;
	}
	const items = DomUtils.findAll((element) => element.name === 'li', list.children);
	const dates = items.map((item) => DomUtils.findOne((element) => element.name === 'time', item.children)?.attribs.datetime);
	expect(dates.every(Boolean)).toBe(true);
	expect(dates).toEqual([...(dates as string[])].sort(comparePartialDates));
	for (const item of items) {
		expect(DomUtils.findOne((element) => element.name === 'a' && /^\/events\/[^/]+\/$/.test(element.attribs.href ?? ''), item.children)).toBeTruthy();
	}
});
