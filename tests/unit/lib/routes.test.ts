import { describe, expect, test } from 'vitest';
import { routes } from '../../../src/lib/routes';

describe('routes', () => {
	test('entity pages end with a slash; anchors point into their list page', () => {
		expect(routes.event('2006-x')).toBe('/events/2006-x/');
		expect(routes.phase('p')).toBe('/phases/p/');
		expect(routes.organisation('unison')).toBe('/organisations/unison/');
		expect(routes.source('s')).toBe('/sources/#s');
		expect(routes.glossaryTerm('ccg')).toBe('/glossary/#ccg');
	});
	test('a search link carries its query, encoded', () => {
		expect(routes.search()).toBe('/search/');
		expect(new URL(routes.search('prime contractor'), 'https://x.example').searchParams.get('q')).toBe('prime contractor');
	});
	test('the timeline link carries only the parameters given, story view included', () => {
		expect(routes.timeline()).toBe('/timeline/');
		expect(routes.timeline({ event: 'e' })).toBe('/timeline/?event=e');
		expect(routes.timeline({ event: 'e', view: 'story' })).toBe('/timeline/?event=e&view=story');
		expect(routes.timeline({ phase: 'p' })).toBe('/timeline/?phase=p');
	});
	test('each section page has its own card; other pages the site card', () => {
		expect(routes.card({ section: 'events', id: '2006-x' })).toBe('/og/events/2006-x.png');
		expect(routes.card({ section: 'phases', id: 'p' })).toBe('/og/phases/p.png');
		expect(routes.card({ section: 'organisations', id: 'unison' })).toBe('/og/organisations/unison.png');
		expect(routes.card({ section: 'timeline' })).toBe('/og/timeline.png');
		expect(routes.card()).toBe('/og/site.png');
	});
	test('the timeline, phases and events are embeddable, with an oEmbed response each in JSON and XML; organisations are not', () => {
		expect(routes.embed({ section: 'timeline' })).toBe('/embed/timeline/');
		expect(routes.embed({ section: 'phases', id: 'p' })).toBe('/embed/timeline/p/');
		expect(routes.embed({ section: 'events', id: 'e' })).toBe('/embed/events/e/');
		expect(routes.oembed({ section: 'timeline' })).toBe('/oembed/timeline.json');
		expect(routes.oembed({ section: 'phases', id: 'p' })).toBe('/oembed/phases/p.json');
		expect(routes.oembed({ section: 'events', id: 'e' })).toBe('/oembed/events/e.json');
		expect(routes.oembed({ section: 'events', id: 'e' }, 'xml')).toBe('/oembed/events/e.xml');
		expect(routes.embed({ section: 'organisations', id: 'o' })).toBeUndefined();
		expect(routes.oembed({ section: 'organisations', id: 'o' })).toBeUndefined();
	});
	test('open data and oEmbed responses lie in the folders other sites may fetch from', () => {
		expect(routes.data('events.json')).toBe('/data/events.json');
		expect(routes.data('events.csv').startsWith(routes.dataFolder())).toBe(true);
		expect(routes.oembed({ section: 'timeline' })!.startsWith(routes.oembedFolder())).toBe(true);
	});
	test('a page reference names the same page its route does', () => {
		expect(routes.page({ section: 'events', id: 'e' })).toBe(routes.event('e'));
		expect(routes.page({ section: 'timeline' })).toBe(routes.timeline());
	});
	test('the page at a path is the one whose route it is; other paths name none', () => {
		const pages = [{ section: 'timeline' }, { section: 'events', id: 'e-1' }, { section: 'phases', id: 'p' }, { section: 'organisations', id: 'o' }] as const;
		for (const page of pages) expect(routes.pageAt(routes.page(page))).toEqual(page);
		expect(routes.pageAt('/sources/')).toBeUndefined();
		expect(routes.pageAt('/events/e/extra/')).toBeUndefined();
	});
	test('a path lies in the section whose routes build it; index pages and others lie in none', () => {
		expect(routes.sectionAt(routes.phase('p'))).toBe('phases');
		expect(routes.sectionAt(routes.phaseSummary('p'))).toBe('phases');
		expect(routes.sectionAt(routes.event('e-1'))).toBe('events');
		expect(routes.sectionAt(routes.organisation('o'))).toBe('organisations');
		expect(routes.sectionAt(routes.glossary())).toBe('glossary');
		expect(routes.sectionAt(routes.sources())).toBe('sources');
		expect(routes.sectionAt(routes.timeline())).toBe('timeline');
		expect(routes.sectionAt(routes.organisations())).toBeUndefined();
		expect(routes.sectionAt(routes.diagrams())).toBeUndefined();
		expect(routes.sectionAt(routes.home())).toBeUndefined();
	});
});
