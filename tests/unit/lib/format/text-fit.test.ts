import { describe, expect, test } from 'vitest';
import { textWidth, wrapWords } from '../../../../src/lib/format/text-fit';

describe('wrapWords', () => {
	test('breaks between words, and gives a word longer than a line a line of its own', () => {
		expect(wrapWords('Clinical commissioning groups', 14)).toEqual(['Clinical', 'commissioning', 'groups']);
		expect(wrapWords('NHS trusts', 14)).toEqual(['NHS trusts']);
		expect(wrapWords('a commissioning b', 5)).toEqual(['a', 'commissioning', 'b']);
	});
	test('cuts a long word where it must when asked to', () => {
		expect(wrapWords('abcdefghij x', 4, { breakLongWords: true })).toEqual(['abcd', 'efgh', 'ij x']);
	});
	test('collapses surrounding and repeated spaces', () => {
		expect(wrapWords('  GP   practices ', 20)).toEqual(['GP practices']);
		expect(wrapWords('   ', 7)).toEqual([]);
	});
	test('wraps to a width given by a measure, as a canvas measures text', () => {
		// Capitals twice as wide as other characters.
		const measure = (text: string) => [...text].reduce((width, character) => width + (/[A-Z]/.test(character) ? 2 : 1), 0);
		expect(wrapWords('NHS and GP care', 8)).toEqual(['NHS and', 'GP care']);
		expect(wrapWords('NHS and GP care', 8, { measure })).toEqual(['NHS', 'and GP', 'care']);
		expect(wrapWords('NHSENGLAND x', 6, { measure, breakLongWords: true })).toEqual(['NHS', 'ENG', 'LAN', 'D x']);
	});
});

describe('textWidth', () => {
	test('scales with the font size and counts characters, not UTF-16 units', () => {
		expect(textWidth('pays', 10, 0.5)).toBe(20);
		expect(textWidth('pays', 20, 0.5)).toBe(40);
		expect(textWidth('£1bn', 10, 1)).toBe(40);
	});
});
