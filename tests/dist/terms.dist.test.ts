/**
 * Glossary terms read as part of their sentence: the rendered text keeps a space (or
 * punctuation) on each side of every term, whether it sits in MDX, an Astro page or a list.
 */
import { expect, test } from 'vitest';
import { DomUtils, parseDocument } from 'htmlparser2';
import { listPages, readPage } from './built-site';

const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'section', 'dt', 'dd', 'figcaption', 'td', 'th', 'br', 'summary']);

/** The page's text with each term's words wrapped in « », and the popups left out. */
function textWithTerms(html: string): string {
	const document = parseDocument(html);
	const hidden = (element: { name: string; attribs: Record<string, string> }) => element.attribs.class === 'term-tip' || ['script', 'style', 'template'].includes(element.name);
	for (const element of DomUtils.findAll(hidden, document.children)) DomUtils.removeElement(element);
	// Blocks end lines, so the last word of a heading does not run into the next paragraph.
	for (const block of DomUtils.findAll((element) => BLOCKS.has(element.name), document.children)) {
		DomUtils.appendChild(block, { type: 'text', data: '\n' } as never);
	}
	for (const link of DomUtils.findAll((element) => element.attribs.class?.split(' ').includes('term-link') ?? false, document.children)) {
		DomUtils.prependChild(link, { type: 'text', data: '«' } as never);
		DomUtils.appendChild(link, { type: 'text', data: '»' } as never);
	}
	const body = DomUtils.findOne((element) => element.name === 'body', document.children);
	return body ? DomUtils.textContent(body) : '';
}

const pagesWithTerms = listPages().filter((path) => readPage(path).includes('class="term-link'));

test('terms appear on the pages that explain things', () => {
	expect(pagesWithTerms).toEqual(expect.arrayContaining(['/diagrams/', '/phases/2006-pct-outsourcing-plan/']));
});

test.each(pagesWithTerms)('%s keeps the spaces around every glossary term', (path) => {
	const text = textWithTerms(readPage(path));
	const glued = [...text.matchAll(/\S{0,12}(?:[\p{L}\p{N}]«|»[\p{L}\p{N}])\S{0,12}/gu)].map(([match]) => match);
	expect(glued).toEqual([]);
});
