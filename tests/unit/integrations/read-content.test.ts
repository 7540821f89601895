import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../../../src/lib/content-integrity';
import { formatIssuePath, readContent } from '../../../src/integrations/content-check/read-content';
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

	test('reports every problem in a broken folder at once, naming the file and the field or line', () => {
		const lines = readContent(fixture('content-broken'), project).problems.map(formatProblem);
		const dir = 'tests/fixtures/content-broken';
		expect([...lines].sort()).toEqual(
			[
				// Encoding: named, not published as replacement characters or taken for missing frontmatter.
				`${dir}/events/latin-1.yaml: line 1: is not valid UTF-8: save the file as UTF-8`,
				`${dir}/events/with-bom.yaml: (file): starts with a byte order mark (BOM): save it as UTF-8 without BOM`,
				// Every file Astro's globs load: sub-folders and .yml included.
				`${dir}/events/sub-folder/nested-event.yaml: (file name): "sub-folder/nested-event" must be kebab-case (a-z, 0-9 and single hyphens), and the file must sit directly in its folder, not in a sub-folder`,
				`${dir}/events/other-extension.yml: actors[0]: unknown organisation "nobody-at-all"`,
				// MDX read by the build's compiler: broken JSX and every way of writing an id.
				`${dir}/phases/broken-jsx.mdx: line 11: MDX does not parse: Expected a closing tag for \`<Term>\` (11:3) before the end of \`paragraph\` (mdx-jsx:unexpected-character)`,
				`${dir}/phases/forms.mdx: line 9 <Term id>: unknown glossary "unknown-term"`,
				`${dir}/phases/forms.mdx: line 9 <Cite id>: unknown source "unknown-braced"`,
				`${dir}/phases/forms.mdx: line 10: <Cite> needs id="…" with a plain string value`,
				`${dir}/phases/first-phase.mdx: line 11 <Cite id>: unknown source "missing-source"`,
				// Schemas.
				`${dir}/phases/second-phase.mdx: commissioner: Invalid input: expected string, received undefined`,
				`${dir}/events/bad-date.yaml: date: must be a real date written as YYYY, YYYY-MM or YYYY-MM-DD`,
				`${dir}/events/bad-date.yaml: kind: Invalid option: expected one of "legislation"|"policy"|"procurement"|"contract"|"campaign"|"legal-challenge"|"organisation-change"`,
				`${dir}/events/no-sources.yaml: sources: every event needs at least one source`,
				// The bad address once, not again for each citation of that source.
				`${dir}/sources.yaml: no-url.url: must be an absolute http(s) URL`,
				`${dir}/sources.yaml: good-source.id: duplicate source id "good-source" (also in ${dir}/sources.yaml)`,
				// References and dates.
				`${dir}/phases/first-phase.mdx: commissioner: unknown organisation "nobody"`,
				`${dir}/events/outside-phase.yaml: date: March 2007 is after its phase "first-phase" ends (December 2006)`,
				`${dir}/events/stray-date.yaml: date: 1999 is before every phase (the earliest starts 2006): check the date, or give phase "forms" start and end bounds that include it`,
				`${dir}/events/outside-phase.yaml: actors[1]: unknown organisation "ghost-company"`,
				`${dir}/events/outside-phase.yaml: amounts[0].source.source: unknown source "missing-source"`,
				`${dir}/events/wrong-phase.yaml: phase: unknown phase "no-such-phase"`,
				`${dir}/events/wrong-phase.yaml: followedBy[0]: unknown event "no-such-event"`,
				`${dir}/organisations.yaml: health-body.parent: parent chain loops back to "health-body"`,
				`${dir}/organisations.yaml: loop-b.parent: parent chain loops back to "loop-b"`,
				`${dir}/glossary.yaml: commissioning.related[0]: unknown glossary "tendering"`,
				`${dir}/commissioners.yaml: health-body.end.date: end must not be before start`,
				`${dir}/commissioners.yaml: nobody-here.id: unknown organisation "nobody-here"`,
				`${dir}/commissioners.yaml: nobody-here.end.source.source: unknown source "missing-source"`,
				`${dir}/corrections.yaml: no-page.pages: a correction must name the page it corrects`,
				`${dir}/corrections.yaml: bad-page.pages[0].id: unknown phase "no-such-phase"`,
				`${dir}/corrections.yaml: bad-page.sources[0].source: unknown source "missing-source"`,
				`${dir}/glossary.yaml: buying-care.term: "commissioning" is already defined by glossary entry "commissioning": merge the two`,
				// Editorial rules.
				`${dir}/phases/forms.mdx: line 10: "XYZ" is not explained by the glossary or an organisation`,
			].sort(),
		);
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
			/^Content check failed with 33 problems:\ntests\/fixtures\/content-broken\/.+: .+: .+(\n.+){32}$/,
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
