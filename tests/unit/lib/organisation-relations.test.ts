import { describe, expect, test } from 'vitest';
import { parentChain, successionChain } from '../../../src/lib/organisation-relations';

const orgs = [
	{ id: 'icbs' },
	{ id: 'ccgs', successor: 'icbs' },
	{ id: 'pcts', successor: 'ccgs' },
	{ id: 'unitedhealth-group' },
	{ id: 'optum', parent: 'unitedhealth-group' },
	{ id: 'optum-uk', parent: 'optum' },
];

describe('successionChain', () => {
	test('gives the whole line, oldest first, from any body in it', () => {
		expect(successionChain(orgs, 'pcts')).toEqual(['pcts', 'ccgs', 'icbs']);
		expect(successionChain(orgs, 'ccgs')).toEqual(['pcts', 'ccgs', 'icbs']);
		expect(successionChain(orgs, 'icbs')).toEqual(['pcts', 'ccgs', 'icbs']);
	});
	test('is just the body itself when it has no predecessor or successor', () => {
		expect(successionChain(orgs, 'optum')).toEqual(['optum']);
	});
	test('stops at a loop instead of running forever', () => {
		const loop = [
			{ id: 'a', successor: 'b' },
			{ id: 'b', successor: 'a' },
		];
		expect(successionChain(loop, 'a')).toEqual(['b', 'a']);
	});
});

describe('parentChain', () => {
	test('climbs from a business to the group that owns it', () => {
		expect(parentChain(orgs, 'optum-uk')).toEqual(['optum-uk', 'optum', 'unitedhealth-group']);
		expect(parentChain(orgs, 'unitedhealth-group')).toEqual(['unitedhealth-group']);
	});
});
