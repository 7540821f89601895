/**
 * Reads every content file from disk, parses it with the same schemas as
 * `src/content.config.ts`, and collects ALL problems (schema and integrity) at once,
 * each naming the file and the field. Astro stops at the first bad entry; this does not.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as loadYamlText } from 'js-yaml';
import type { z } from 'astro/zod';
import {
	CommissionerSchema,
	CorrectionSchema,
	EventSchema,
	GlossaryTermSchema,
	IdSchema,
	OrganisationSchema,
	PhaseSchema,
	SourceSchema,
} from '../../schemas';
import {
	checkContentIntegrity,
	type ContentProblem,
	type ContentSet,
	type Entry,
	type ProseReference,
} from '../../lib/content-integrity';

/** File and folder names under the content root; `src/content.config.ts` uses the same. */
export const CONTENT_LAYOUT = {
	phases: 'phases',
	events: 'events',
	sources: 'sources.yaml',
	organisations: 'organisations.yaml',
	glossary: 'glossary.yaml',
	commissioners: 'commissioners.yaml',
	corrections: 'corrections.yaml',
} as const;

/** Files whose names start with `_` are drafts or partials and are not loaded. */
const isContentFile = (name: string, ext: string) => name.endsWith(ext) && !name.startsWith('_');

/** `['sources', 0, 'source']` → `sources[0].source` */
export function formatIssuePath(path: readonly PropertyKey[]): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
		.join('') || '(file)';
}

interface ReadResult {
	content: ContentSet;
	problems: ContentProblem[];
}

/**
 * Reads and checks the content under `root` (the project's `content/` folder or a fixture).
 * @param root absolute path of the content folder
 * @param cwd paths in problems are made relative to this (the project root)
 */
export function readContent(root: string, cwd: string = process.cwd()): ReadResult {
	const problems: ContentProblem[] = [];
	const rel = (path: string) => relative(cwd, path);

	function parse<S extends z.ZodType>(
		schema: S,
		raw: unknown,
		file: string,
		prefix?: string,
	): z.output<S> | undefined {
		const result = schema.safeParse(raw);
		if (result.success) return result.data;
		for (const issue of result.error.issues) {
			const field = formatIssuePath(issue.path);
			problems.push({ file, field: prefix ? `${prefix}.${field}` : field, message: issue.message });
		}
		return undefined;
	}

	function loadYaml(path: string): unknown {
		try {
			return loadYamlText(readFileSync(path, 'utf8'));
		} catch (error) {
			problems.push({ file: rel(path), field: '(file)', message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
			return undefined;
		}
	}

	function listFiles(dir: string, ext: string): string[] {
		if (!existsSync(dir)) {
			problems.push({ file: rel(dir), field: '(folder)', message: 'is missing' });
			return [];
		}
		return readdirSync(dir).filter((name) => isContentFile(name, ext)).sort();
	}

	/** A file holding a list of entries, each with an `id` (sources, organisations, glossary). */
	function readList<S extends z.ZodType<{ id: string }>>(name: string, schema: S): Entry<z.output<S>>[] {
		const path = join(root, name);
		const file = rel(path);
		if (!existsSync(path)) {
			problems.push({ file, field: '(file)', message: 'is missing' });
			return [];
		}
		const raw = loadYaml(path);
		if (raw === undefined) return [];
		if (!Array.isArray(raw)) {
			problems.push({ file, field: '(file)', message: 'must be a list of entries' });
			return [];
		}
		const entries: Entry<z.output<S>>[] = [];
		raw.forEach((item: unknown, index) => {
			const rawId = (item as { id?: unknown } | null)?.id;
			const prefix = typeof rawId === 'string' && rawId ? rawId : `[${index}]`;
			const data = parse(schema, item, file, prefix);
			if (data) entries.push({ id: data.id, file, prefix, data });
		});
		return entries;
	}

	/** Checks that a file name makes a usable id, since the file name is the id. */
	function idFromFile(name: string, ext: string, file: string): string | undefined {
		const id = name.slice(0, -ext.length);
		if (IdSchema.safeParse(id).success) return id;
		problems.push({ file, field: '(file name)', message: `"${id}" must be kebab-case (a-z, 0-9 and single hyphens)` });
		return undefined;
	}

	const prose: ProseReference[] = [];
	const phases: Entry<z.output<typeof PhaseSchema>>[] = [];
	const phaseDir = join(root, CONTENT_LAYOUT.phases);
	for (const name of listFiles(phaseDir, '.mdx')) {
		const path = join(phaseDir, name);
		const file = rel(path);
		const id = idFromFile(name, '.mdx', file);
		const text = readFileSync(path, 'utf8');
		const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
		if (!match) {
			problems.push({ file, field: '(frontmatter)', message: 'is missing: the file must start with a --- block' });
			continue;
		}
		let raw: unknown;
		try {
			raw = loadYamlText(match[1]!);
		} catch (error) {
			problems.push({ file, field: '(frontmatter)', message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
			continue;
		}
		const data = parse(PhaseSchema, raw, file);
		if (data && id) phases.push({ id, file, data });
		prose.push(...findProseReferences(text, file));
	}

	const events: Entry<z.output<typeof EventSchema>>[] = [];
	const eventDir = join(root, CONTENT_LAYOUT.events);
	for (const name of listFiles(eventDir, '.yaml')) {
		const path = join(eventDir, name);
		const file = rel(path);
		const id = idFromFile(name, '.yaml', file);
		const raw = loadYaml(path);
		if (raw === undefined) continue;
		const data = parse(EventSchema, raw, file);
		if (data && id) events.push({ id, file, data });
	}

	const content: ContentSet = {
		phases,
		events,
		sources: readList(CONTENT_LAYOUT.sources, SourceSchema),
		organisations: readList(CONTENT_LAYOUT.organisations, OrganisationSchema),
		glossary: readList(CONTENT_LAYOUT.glossary, GlossaryTermSchema),
		commissioners: readList(CONTENT_LAYOUT.commissioners, CommissionerSchema),
		corrections: readList(CONTENT_LAYOUT.corrections, CorrectionSchema),
		prose,
	};
	problems.push(...checkContentIntegrity(content));
	return { content, problems };
}

/** `<Cite id="…">` and `<Term id="…">` tags in MDX, with their line numbers. */
export function findProseReferences(text: string, file: string): ProseReference[] {
	const refs: ProseReference[] = [];
	const tag = /<(Cite|Term)\b[^>]*?\bid=["']([^"']*)["']/g;
	for (const match of text.matchAll(tag)) {
		const line = text.slice(0, match.index).split('\n').length;
		refs.push({ file, kind: match[1] === 'Cite' ? 'source' : 'glossary', id: match[2]!, line });
	}
	return refs;
}
