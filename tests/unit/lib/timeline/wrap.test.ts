import { describe, expect, test } from 'vitest';
import { wrapLines } from '../../../../src/lib/timeline/wrap';

const chars = (text: string) => text.length;

describe('wrapLines', () => {
	test('fills each line with as many words as fit', () => {
		expect(wrapLines('one two three four', 7, chars)).toEqual(['one two', 'three', 'four']);
		expect(wrapLines('one two three four', 100, chars)).toEqual(['one two three four']);
	});
	test('puts a word wider than the line on a line of its own', () => {
		expect(wrapLines('a commissioning b', 5, chars)).toEqual(['a', 'commissioning', 'b']);
	});
	test('stops at the most lines asked for', () => {
		expect(wrapLines('one two three four five', 3, chars, 2)).toEqual(['one', 'two']);
	});
	test('treats runs of spaces as one and gives no lines for no words', () => {
		expect(wrapLines('  one   two ', 7, chars)).toEqual(['one two']);
		expect(wrapLines('   ', 7, chars)).toEqual([]);
	});
});
