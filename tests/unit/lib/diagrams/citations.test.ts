import { describe, expect, test } from 'vitest';
import { resolveCitations, resolvePhases } from '../../../../src/lib/diagrams/citations';

const sources = [{ id: 'unison-2014', title: 'Help stop it', publisher: 'UNISON', date: '2014-08' }];

describe('resolveCitations', () => {
	test('builds the short label and the sources-page link', () => {
		expect(resolveCitations('X', ['unison-2014'], sources)).toEqual({
			'unison-2014': { label: '(UNISON, 2014)', title: 'Help stop it', href: '/sources/#unison-2014' },
		});
	});
	test('names the component and the unknown id', () => {
		expect(() => resolveCitations('WhoBuysDiagram', ['nope'], sources)).toThrow('WhoBuysDiagram: unknown source "nope"');
	});
});

describe('resolvePhases', () => {
	test('links a phase by id and throws on an unknown one', () => {
		expect(resolvePhases('X', ['p'], [{ id: 'p', shortTitle: 'Prime' }])).toEqual({ p: { title: 'Prime', href: '/phases/p/' } });
		expect(() => resolvePhases('X', ['q'], [])).toThrow('unknown phase "q"');
	});
});
