import { describe, expect, test } from 'vitest';
import { directMatches, entriesForLocations, normaliseName, resultKind, type NamedEntry } from '../../../src/lib/search-results';

describe('resultKind', () => {
	test('names each part of the site', () => {
		expect(resultKind('/phases/2006-pct-outsourcing-plan/')).toBe('Phase');
		expect(resultKind('/events/2006-dh-advert-withdrawn/')).toBe('Event');
		expect(resultKind('/organisations/optum/')).toBe('Organisation');
		expect(resultKind('/organisations/')).toBe('Page');
		expect(resultKind('/glossary/#ccg')).toBe('Glossary term');
		expect(resultKind('/sources/#a-source')).toBe('Source');
		expect(resultKind('/timeline/')).toBe('Timeline');
		expect(resultKind('/')).toBe('Page');
	});
});

describe('entriesForLocations', () => {
	const anchors = [
		{ id: 'main', location: 0 },
		{ id: 'ccg', location: 10 },
		{ id: 'pct', location: 20 },
		{ id: 'icb', location: 30 },
	];
	const entries = new Set(['ccg', 'pct', 'icb']);

	test('gives each matched word to the entry that starts before it', () => {
		expect(entriesForLocations(anchors, [12], entries)).toEqual(['ccg']);
		expect(entriesForLocations(anchors, [31, 35], entries)).toEqual(['icb']);
	});
	test('puts the entry with most matches first, then page order', () => {
		expect(entriesForLocations(anchors, [11, 21, 22], entries)).toEqual(['pct', 'ccg']);
		expect(entriesForLocations(anchors, [31, 11], entries)).toEqual(['ccg', 'icb']);
	});
	test('ignores words before the first entry and anchors that are not entries', () => {
		expect(entriesForLocations(anchors, [2, 5], entries)).toEqual([]);
	});
});

describe('normaliseName', () => {
	test('drops case, accents and punctuation', () => {
		expect(normaliseName('  Purchaser–provider   split ')).toBe('purchaser provider split');
		expect(normaliseName('Café')).toBe('cafe');
	});
});

describe('directMatches', () => {
	const ccg: NamedEntry = { url: '/glossary/#ccg', title: 'Clinical commissioning group', kind: 'Glossary term', names: ['Clinical commissioning group', 'CCG'] };
	const ccgs: NamedEntry = { url: '/organisations/ccgs/', title: 'Clinical commissioning groups', kind: 'Organisation', names: ['Clinical commissioning groups', 'CCG'] };
	const optum: NamedEntry = { url: '/organisations/optum/', title: 'Optum', kind: 'Organisation', names: ['Optum', 'UnitedHealth UK'] };
	const prime: NamedEntry = { url: '/glossary/#prime-contractor', title: 'Prime contractor', kind: 'Glossary term', names: ['Prime contractor'] };
	const all = [ccg, ccgs, optum, prime];

	test('matches a name, an abbreviation or an alias whatever the case', () => {
		expect(directMatches('optum', all)).toEqual([optum]);
		expect(directMatches('CCG', all)).toEqual([ccg, ccgs]);
		expect(directMatches('unitedhealth uk', all)).toEqual([optum]);
	});
	test('accepts a plural', () => {
		expect(directMatches('CCGs', all)).toEqual([ccg, ccgs]);
		expect(directMatches('prime contractors', all)).toEqual([prime]);
	});
	test('ranks whole-name matches above names that only start with the query', () => {
		expect(directMatches('prime', all)).toEqual([prime]);
		expect(directMatches('clinical commissioning groups', all)).toEqual([ccgs, ccg]);
	});
	test('matches nothing for one letter or an unknown word', () => {
		expect(directMatches('c', all)).toEqual([]);
		expect(directMatches('zebra', all)).toEqual([]);
	});
});
