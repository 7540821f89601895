import { describe, expect, test } from 'vitest';
import { contrastRatio, parseHex, relativeLuminance } from '../../../src/lib/contrast';

describe('parseHex', () => {
	test('reads six- and three-digit forms alike', () => {
		expect(parseHex('#ff8800')).toEqual([255, 136, 0]);
		expect(parseHex('#f80')).toEqual([255, 136, 0]);
	});
	test('rejects names and functions', () => {
		expect(() => parseHex('red')).toThrow(/not a hex colour/);
		expect(() => parseHex('rgb(0 0 0)')).toThrow(/not a hex colour/);
	});
});

describe('relativeLuminance', () => {
	test('is 0 for black and 1 for white', () => {
		expect(relativeLuminance('#000000')).toBe(0);
		expect(relativeLuminance('#ffffff')).toBe(1);
	});
});

describe('contrastRatio', () => {
	test('is 21 for black on white, either way round', () => {
		expect(contrastRatio('#000', '#fff')).toBe(21);
		expect(contrastRatio('#fff', '#000')).toBe(21);
	});
	test('matches the published value for #767676 on white (the lightest AA grey)', () => {
		expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
	});
	test('is 1 for a colour against itself', () => {
		expect(contrastRatio('#5b3a8c', '#5b3a8c')).toBe(1);
	});
});
