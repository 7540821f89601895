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
	});
});

describe('textWidth', () => {
	test('scales with the font size and counts characters, not UTF-16 units', () => {
		expect(textWidth('pays', 10, 0.5)).toBe(20);
		expect(textWidth('pays', 20, 0.5)).toBe(40);
		expect(textWidth('£1bn', 10, 1)).toBe(40);
	});
});
