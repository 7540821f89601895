import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../../../src/lib/content-integrity';
import { findProseReferences, formatIssuePath, readContent } from '../../../src/integrations/content-check/read-content';
import { contentCheck } from '../../../src/integrations/content-check';

const project = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}/`, import.meta.url));

describe('readContent', () => {
	test('reads a valid content folder with no problems', () => {
		const { content, problems } = readContent(fixture('content-valid'), project);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(content.events.map((event) => event.id)).toEqual(['an-event']);
		expect(content.events[0]!.data.date).toBe('2006-07-06');
		expect(content.prose.map((ref) => `${ref.kind}:${ref.id}`)).toEqual(['source:good-source', 'glossary:commissioning']);
	});

	test('reports every problem in a broken folder at once, naming the file and the field', () => {
		const lines = readContent(fixture('content-broken'), project).problems.map(formatProblem);
		const dir = 'tests/fixtures/content-broken';
		expect(lines).toEqual(
			expect.arrayContaining([
				`${dir}/phases/second-phase.mdx: commissioner: Invalid input: expected string, received undefined`,
				`${dir}/events/bad-date.yaml: date: must be a real date written as YYYY, YYYY-MM or YYYY-MM-DD`,
				expect.stringMatching(new RegExp(`^${dir}/events/bad-date.yaml: kind: Invalid option`)),
				`${dir}/events/no-sources.yaml: sources: every event needs at least one source`,
				`${dir}/sources.yaml: no-url.url: must be an absolute http(s) URL`,
				`${dir}/sources.yaml: good-source.id: duplicate source id "good-source" (also in ${dir}/sources.yaml)`,
				`${dir}/phases/first-phase.mdx: commissioner: unknown organisation "nobody"`,
				`${dir}/phases/first-phase.mdx: line 11 <Cite id>: unknown source "missing-source"`,
				`${dir}/events/outside-phase.yaml: date: March 2007 is after its phase "first-phase" ends (December 2006)`,
				`${dir}/events/outside-phase.yaml: actors[1]: unknown organisation "ghost-company"`,
				`${dir}/events/outside-phase.yaml: amounts[0].source.source: unknown source "missing-source"`,
				`${dir}/events/wrong-phase.yaml: phase: unknown phase "no-such-phase"`,
				`${dir}/events/wrong-phase.yaml: followedBy[0]: unknown event "no-such-event"`,
				`${dir}/organisations.yaml: health-body.parent: parent chain loops back to "health-body"`,
				`${dir}/glossary.yaml: commissioning.related[0]: unknown glossary "tendering"`,
			]),
		);
		// Nothing is reported twice, and nothing beyond the deliberate faults.
		expect(new Set(lines).size).toBe(lines.length);
		expect(lines).toHaveLength(16);
	});

	test('the project’s own content has no problems', () => {
		const { problems } = readContent(`${project}content/`, project);
		expect(problems.map(formatProblem)).toEqual([]);
	});
});

describe('contentCheck integration', () => {
	const run = (contentDir: string) => {
		const hook = contentCheck({ contentDir }).hooks['astro:config:setup'] as unknown as (options: unknown) => void;
		const logged: string[] = [];
		hook({ config: { root: new URL(`file://${project}`) }, logger: { info: (m: string) => logged.push(m) } });
		return logged;
	};

	test('stops the build with one line per problem', () => {
		expect(() => run('./tests/fixtures/content-broken/')).toThrow(
			/^Content check failed with 16 problems:\ntests\/fixtures\/content-broken\/.+: .+: .+(\n.+){15}$/,
		);
	});

	test('lets valid content through', () => {
		expect(run('./tests/fixtures/content-valid/')).toEqual(['content checked: no problems']);
	});
});

describe('formatIssuePath', () => {
	test('writes array indices in brackets and keys with dots', () => {
		expect(formatIssuePath(['amounts', 0, 'source', 'source'])).toBe('amounts[0].source.source');
	});
	test('names the file itself when the path is empty', () => {
		expect(formatIssuePath([])).toBe('(file)');
	});
});

describe('findProseReferences', () => {
	test('finds Cite and Term ids with their line numbers', () => {
		const text = 'One <Cite id="a" />\nTwo <Term id=\'b\'>B</Term> and <Cite pointer="p. 2" id="c"/>';
		expect(findProseReferences(text, 'x.mdx')).toEqual([
			{ file: 'x.mdx', kind: 'source', id: 'a', line: 1 },
			{ file: 'x.mdx', kind: 'glossary', id: 'b', line: 2 },
			{ file: 'x.mdx', kind: 'source', id: 'c', line: 2 },
		]);
	});
});
