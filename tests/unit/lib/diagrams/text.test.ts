import { describe, expect, test } from 'vitest';
import { estimateTextWidth, wrapLabel } from '../../../../src/lib/diagrams/text';

describe('wrapLabel', () => {
	test('breaks between words so no line passes the limit', () => {
		expect(wrapLabel('Clinical commissioning groups', 14)).toEqual(['Clinical', 'commissioning', 'groups']);
		expect(wrapLabel('NHS trusts', 14)).toEqual(['NHS trusts']);
	});
	test('gives an over-long word a line of its own instead of cutting it', () => {
		expect(wrapLabel('a commissioning b', 5)).toEqual(['a', 'commissioning', 'b']);
	});
	test('collapses runs of white space', () => {
		expect(wrapLabel('  GP   practices ', 20)).toEqual(['GP practices']);
	});
});

describe('estimateTextWidth', () => {
	test('grows with the number of characters and the font size', () => {
		expect(estimateTextWidth('pays', 10, 0.5)).toBe(20);
		expect(estimateTextWidth('pays', 20, 0.5)).toBe(40);
	});
});
