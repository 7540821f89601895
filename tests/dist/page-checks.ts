/**
 * Cheap checks of one built HTML page, in node without a browser: what axe and a reader
 * would catch first, run over every page in milliseconds. The browser suite still runs axe
 * on every template in each of its states; this makes sure no single page strays.
 */
import { DomUtils, parseDocument } from 'htmlparser2';

const { findAll, getAttributeValue, hasAttrib, textContent } = DomUtils;
type Element = ReturnType<typeof findAll>[number];

/** One line per problem; an empty list means the page passed. */
export function checkPage(html: string): string[] {
	const document = parseDocument(html);
	const elements = findAll(() => true, document.children);
	const named = (tag: string) => elements.filter((element) => element.name === tag);
	const problems: string[] = [];
	const describe = (element: Element) => `<${element.name}${element.attribs.href ? ` href="${element.attribs.href}"` : ''}${element.attribs.id ? ` id="${element.attribs.id}"` : ''}>`;

	const html_ = named('html')[0];
	if (!html_ || !getAttributeValue(html_, 'lang')) problems.push('<html> has no lang');
	if (named('title').length !== 1 || !textContent(named('title')[0]!).trim()) problems.push('needs exactly one non-empty <title>');

	const mains = named('main');
	if (mains.length !== 1) problems.push(`has ${mains.length} <main> elements`);
	const main = mains[0];
	if (main) {
		const headings = findAll((element) => element.name === 'h1', main.children);
		if (headings.length !== 1) problems.push(`<main> has ${headings.length} <h1> elements`);
		else if (!textContent(headings[0]!).trim()) problems.push('<h1> is empty');
		if (textContent(main).replace(/\s+/g, ' ').trim().length < 100) problems.push('<main> holds under 100 characters of text');
	}

	const seen = new Set<string>();
	for (const element of elements) {
		const id = element.attribs.id;
		if (id === undefined) continue;
		if (seen.has(id)) problems.push(`id "${id}" is used twice`);
		seen.add(id);
	}
	const ids = seen;
	for (const element of elements) {
		for (const attribute of ['aria-labelledby', 'aria-describedby', 'aria-controls'] as const) {
			for (const ref of (element.attribs[attribute] ?? '').split(/\s+/).filter(Boolean)) {
				if (!ids.has(ref)) problems.push(`${describe(element)} ${attribute} names missing id "${ref}"`);
			}
		}
		if (element.name === 'label' && element.attribs.for && !ids.has(element.attribs.for)) {
			problems.push(`<label for="${element.attribs.for}"> names a missing id`);
		}
	}

	/** The name a reader hears: aria-label, aria-labelledby, text, or the alt of an image inside. */
	const accessibleName = (element: Element) =>
		(element.attribs['aria-label'] ?? '').trim() ||
		(element.attribs['aria-labelledby'] ?? '').trim() ||
		textContent(element).trim() ||
		findAll((inner) => inner.name === 'img' && !!inner.attribs.alt?.trim(), element.children).length > 0 ||
		(element.attribs.title ?? '').trim();
	for (const element of [...named('a').filter((a) => hasAttrib(a, 'href')), ...named('button')]) {
		if (!accessibleName(element)) problems.push(`${describe(element)} has no accessible name`);
	}
	for (const image of named('img')) {
		if (!hasAttrib(image, 'alt')) problems.push(`<img src="${image.attribs.src}"> has no alt`);
	}
	const labelled = new Set(named('label').map((label) => label.attribs.for).filter(Boolean));
	for (const field of [...named('input'), ...named('select'), ...named('textarea')]) {
		if (['hidden', 'submit', 'button'].includes(field.attribs.type ?? '')) continue;
		const insideLabel = (() => {
			for (let parent = field.parent; parent; parent = parent.parent) if ((parent as Element).name === 'label') return true;
			return false;
		})();
		if (!insideLabel && !labelled.has(field.attribs.id ?? '') && !field.attribs['aria-label'] && !field.attribs['aria-labelledby']) {
			problems.push(`${describe(field)} has no label`);
		}
	}
	for (const frame of named('iframe')) {
		if (!frame.attribs.title?.trim()) problems.push(`<iframe src="${frame.attribs.src}"> has no title`);
	}
	return problems;
}
