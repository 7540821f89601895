import { describe, expect, test } from 'vitest';
import { correctedPageHref, correctionsFor } from '../../../src/lib/corrections';
import type { Correction } from '../../../src/schemas';

const correction = (id: string, pages: Correction['pages']): Correction => ({
	id,
	date: '2026-11-30',
	title: id,
	changed: 'c',
	why: 'w',
	pages,
	sources: [{ source: 's' }],
});

describe('correctedPageHref', () => {
	test('sends each kind of page to its own address', () => {
		expect(correctedPageHref({ kind: 'phase', id: 'p' })).toBe('/phases/p/');
		expect(correctedPageHref({ kind: 'event', id: 'e' })).toBe('/events/e/');
		expect(correctedPageHref({ kind: 'glossary', id: 'fesc' })).toBe('/glossary/#fesc');
		expect(correctedPageHref({ kind: 'organisation', id: 'bupa' })).toBe('/organisations/bupa/');
	});
});

describe('correctionsFor', () => {
	const all = [
		correction('a', [{ kind: 'phase', id: 'p' }, { kind: 'event', id: 'e' }]),
		correction('b', [{ kind: 'event', id: 'other' }]),
		correction('c', [{ kind: 'glossary', id: 'fesc' }]),
	];

	test('finds the corrections that name a page, and only those', () => {
		expect(correctionsFor(all, 'event', 'e').map((c) => c.id)).toEqual(['a']);
		expect(correctionsFor(all, 'phase', 'e')).toEqual([]);
	});

	test('with no id, finds every correction to a page of that kind', () => {
		expect(correctionsFor(all, 'event').map((c) => c.id)).toEqual(['a', 'b']);
		expect(correctionsFor(all, 'organisation')).toEqual([]);
	});
});
