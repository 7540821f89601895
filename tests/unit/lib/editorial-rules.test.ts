import { describe, expect, test } from 'vitest';
import { tinyContentSet } from '../../helpers/content-set';
import {
	checkEditorialRules,
	findAcronyms,
	findAcronymsNotMarkedAtFirstUse,
	findOrganisationAbbreviationsBeforeName,
	findUnexplainedAcronyms,
	type ProsePage,
} from '../../../src/lib/editorial-rules';
import { scanProse } from '../../../src/lib/prose-references';

const page = (file: string, mdx: string): ProsePage => {
	const { visible, references } = scanProse(mdx, file);
	return { file, visible, references };
};

/** The shared tiny content set, whose event uses the abbreviation after the name. */
function content() {
	const set = tinyContentSet();
	set.events[0]!.data.summary = 'The Primary Care Trusts (PCTs) bought care.';
	return set;
}
const good = page('phases/p.mdx', '---\ntitle: P\n---\n\nThe <Term id="pct">Primary Care Trusts (PCTs)</Term> bought care; later the PCTs and the UK.');

describe('checkEditorialRules', () => {
	test('passes a page that explains and marks up each acronym', () => {
		expect(checkEditorialRules(content(), [good])).toEqual([]);
	});
});

describe('findUnexplainedAcronyms', () => {
	test('reports an acronym nothing explains, once per page, phase or event, with where it is', () => {
		const bad = content();
		bad.events[0]!.data.summary = 'The CSUs and the UK bought care from the PCT, and the CSUs grew.';
		bad.phases[0]!.data.summary = 'How the PCTs paid VAT.';
		const pages = [page('phases/p.mdx', '---\ntitle: X\n---\n\nThe <Term id="pct">PCT</Term> hired IT staff.\n\nMore IT.')];
		expect(findUnexplainedAcronyms(pages, bad)).toEqual([
			{ file: 'phases/p.mdx', field: 'line 5', message: '"IT" is not explained by the glossary or an organisation' },
			{ file: 'phases/p.mdx', field: 'title, shortTitle or summary', message: '"VAT" is not explained by the glossary or an organisation' },
			{ file: 'events/e.yaml', field: 'title or summary', message: '"CSU" is not explained by the glossary or an organisation' },
		]);
	});
});

describe('findAcronymsNotMarkedAtFirstUse', () => {
	test('reports a glossary acronym whose first use on a page is outside its <Term>', () => {
		const bad = page('bad.mdx', '---\ntitle: PCT\n---\n## PCTs\n\nThe <Term id="pct">PCT</Term>.');
		const spaced = page('spaced.mdx', 'The <Term id = "pct">PCT</Term> and the PCTs.');
		expect(findAcronymsNotMarkedAtFirstUse([good, bad, spaced], content().glossary)).toEqual([
			{ file: 'bad.mdx', field: 'line 4', message: 'first use of "PCT" is not inside <Term id="pct">' },
		]);
	});
});

describe('findOrganisationAbbreviationsBeforeName', () => {
	test('reports an abbreviation used before the organisation is named', () => {
		const named = page('named.mdx', 'The Primary Care Trusts (PCTs) bought care.');
		const bad = page('bad.mdx', 'The PCTs, or Primary Care Trusts, bought care.');
		expect(findOrganisationAbbreviationsBeforeName([named, bad], content().organisations)).toEqual([
			{ file: 'bad.mdx', field: 'line 1', message: '"PCT" is used before "Primary Care Trusts" is spelled out' },
		]);
	});
});

describe('findAcronyms', () => {
	test('finds capitals-only words, drops a plural "s", and ignores ordinary words', () => {
		expect(findAcronyms("The CCGs and UNISON's NHS, not McKinsey or Dr Foster.").map(({ acronym }) => acronym)).toEqual(['CCG', 'UNISON', 'NHS']);
	});
});
