import { describe, expect, test } from 'vitest';
import {
	CARD_HEIGHT,
	CARD_WIDTH,
	CHAR_WIDTH,
	TEXT_WIDTH,
	TITLE_SIZES,
	fitText,
	layoutCard,
	wrapText,
	type CardNode,
} from '../../../../src/lib/social/card-layout';
import { textWidth } from '../../../../src/lib/format/text-fit';

describe('wrapText', () => {
	test('wraps greedily at spaces', () => {
		expect(wrapText('one two three four', 9, 1, 1)).toEqual(['one two', 'three', 'four']);
	});
	test('breaks a word longer than a line', () => {
		expect(wrapText('abcdefghij x', 4, 1, 1)).toEqual(['abcd', 'efgh', 'ij x']);
	});
	test('no line is wider than the limit', () => {
		const text = 'The Health and Social Care Act 2012 abolishes Primary Care Trusts and creates clinical commissioning groups';
		for (const line of wrapText(text, TEXT_WIDTH, 60, CHAR_WIDTH.serifBold)) {
			expect(textWidth(line, 60, CHAR_WIDTH.serifBold)).toBeLessThanOrEqual(TEXT_WIDTH);
		}
	});
});

describe('fitText', () => {
	const options = { maxWidth: 500, maxHeight: 200, sizes: [50, 40, 30], lineHeight: 1, charWidth: 0.5 };
	test('a short title gets the largest size', () => {
		expect(fitText('Short title', options)).toEqual({ fontSize: 50, lines: ['Short title'], truncated: false });
	});
	test('a longer title steps down until it fits', () => {
		const fitted = fitText('word '.repeat(30), options);
		expect(fitted.fontSize).toBe(30);
		expect(fitted.lines.length * 30).toBeLessThanOrEqual(200);
		expect(fitted.truncated).toBe(false);
	});
	test('a title too long for the smallest size is cut with an ellipsis, within the lines allowed', () => {
		const fitted = fitText('word '.repeat(400), options);
		expect(fitted.fontSize).toBe(30);
		expect(fitted.truncated).toBe(true);
		expect(fitted.lines).toHaveLength(6);
		expect(fitted.lines.at(-1)).toMatch(/…$/);
		expect(textWidth(fitted.lines.at(-1)!, 30, 0.5)).toBeLessThanOrEqual(500);
	});
});

function texts(node: CardNode | string): string[] {
	if (typeof node === 'string') return [node];
	const children = node.props.children;
	if (typeof children === 'string') return [children];
	return (children ?? []).flatMap(texts);
}

describe('layoutCard', () => {
	const colours = { paper: '#fbf9f4', ink: '#1d1b17', muted: '#57524a', rule: '#d8d1c2' };
	const content = {
		eyebrow: 'Procurement · June 2006',
		title: 'Department of Health withdraws its advert for private commissioning work',
		detail: 'Phase 1: PCT outsourcing plan',
		siteName: 'Who Buys Our Care?',
		siteHost: 'example.org',
		stripe: '#a64b00',
	};
	test('is 1200×630 and carries every piece of content', () => {
		const card = layoutCard(content, colours);
		expect(card.props.style).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT });
		const all = texts(card).join(' ');
		for (const part of [content.eyebrow, content.detail, content.siteName, content.siteHost]) expect(all).toContain(part);
		expect(all.replace(/\s+/g, ' ')).toContain('Department of Health withdraws');
	});
	test('a long title is set smaller than a short one, and never below the thumbnail minimum', () => {
		const size = (title: string) => {
			const titleNode = JSON.stringify(layoutCard({ ...content, title }, colours));
			return Number(/"fontFamily":"Source Serif 4","fontWeight":700,"fontSize":(\d+)/.exec(titleNode)![1]);
		};
		expect(size('Short')).toBe(TITLE_SIZES[0]);
		expect(size('A very long title that goes on '.repeat(8))).toBe(TITLE_SIZES.at(-1));
	});
});
