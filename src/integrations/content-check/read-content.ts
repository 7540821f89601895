/**
 * Reads every content file Astro will load (the same globs, through the same glob library),
 * parses it with the same schemas as `src/content.config.ts` and the phase pages with the MDX
 * compiler the build uses, and collects ALL problems (encoding, syntax, schema, integrity and
 * editorial) at once, each naming the file and the field or line. Astro stops at the first
 * bad entry; this does not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
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
	type ReferenceKind,
} from '../../lib/content-integrity';
import { ENTRY_FOLDERS, LIST_FILES } from '../../lib/content-layout';
import { checkEditorialRules, type ProsePage } from '../../lib/editorial-rules';
import { scanProse } from '../../lib/prose-references';

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

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads and checks the content under `root` (the project's `content/` folder or a fixture).
 * @param root absolute path of the content folder
 * @param cwd paths in problems are made relative to this (the project root)
 */
export function readContent(root: string, cwd: string = process.cwd()): ReadResult {
	const problems: ContentProblem[] = [];
	const rel = (path: string) => relative(cwd, path);
	// Entries that exist but failed their schema (already reported): references to them are
	// not reported again, so one bad source is one problem, not one per citation.
	const invalid: Record<ReferenceKind, Set<string>> = {
		phase: new Set(),
		event: new Set(),
		source: new Set(),
		organisation: new Set(),
		glossary: new Set(),
	};

	function parse<S extends z.ZodType>(schema: S, raw: unknown, file: string, prefix?: string): z.output<S> | undefined {
		const result = schema.safeParse(raw);
		if (result.success) return result.data;
		for (const issue of result.error.issues) {
			const field = formatIssuePath(issue.path);
			problems.push({ file, field: prefix ? `${prefix}.${field}` : field, message: issue.message });
		}
		return undefined;
	}

	/** The file as text, or undefined (reported) if it is not plain UTF-8. */
	function readText(path: string): string | undefined {
		const bytes = readFileSync(path);
		if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
			problems.push({ file: rel(path), field: '(file)', message: 'starts with a byte order mark (BOM): save it as UTF-8 without BOM' });
			return undefined;
		}
		try {
			return utf8.decode(bytes);
		} catch {
			const text = new TextDecoder('utf-8').decode(bytes);
			const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
			problems.push({ file: rel(path), field: `line ${line}`, message: 'is not valid UTF-8: save the file as UTF-8' });
			return undefined;
		}
	}

	function parseYaml(text: string, file: string, field: string): unknown {
		try {
			return loadYamlText(text);
		} catch (error) {
			problems.push({ file, field, message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
			return undefined;
		}
	}

	/** The files Astro's glob loader finds under `dir`, as paths relative to it. */
	function listFiles(dir: string, pattern: string): string[] {
		if (!existsSync(dir)) {
			problems.push({ file: rel(dir), field: '(folder)', message: 'is missing' });
			return [];
		}
		return globSync(pattern, { cwd: dir, expandDirectories: false }).sort();
	}

	/** The id Astro gives a file (its path without the extension), if it is a usable id. */
	function idFromFile(name: string, file: string): string | undefined {
		const id = name.replace(/\.[^.]+$/, '');
		if (IdSchema.safeParse(id).success) return id;
		const where = id.includes('/') ? ', and the file must sit directly in its folder, not in a sub-folder' : '';
		problems.push({ file, field: '(file name)', message: `"${id}" must be kebab-case (a-z, 0-9 and single hyphens)${where}` });
		return undefined;
	}

	/**
	 * A file holding a list of entries, each with an `id`. `kind` names what other entries may
	 * refer to them as, so references to an invalid entry are not reported twice.
	 */
	function readList<S extends z.ZodType<{ id: string }>>(name: string, schema: S, kind?: ReferenceKind): Entry<z.output<S>>[] {
		const path = join(root, name);
		const file = rel(path);
		if (!existsSync(path)) {
			problems.push({ file, field: '(file)', message: 'is missing' });
			return [];
		}
		const text = readText(path);
		const raw = text === undefined ? undefined : parseYaml(text, file, '(file)');
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
			else if (kind && typeof rawId === 'string') invalid[kind].add(rawId);
		});
		return entries;
	}

	/**
	 * A folder with one entry per file, the file name its id. `toRaw` turns the file's text into
	 * what the schema checks, or undefined once it has reported why it cannot.
	 */
	function readFolder<S extends z.ZodType>(
		folder: keyof typeof ENTRY_FOLDERS,
		schema: S,
		kind: 'phase' | 'event',
		toRaw: (text: string, file: string) => unknown,
	): Entry<z.output<S>>[] {
		const dir = join(root, ENTRY_FOLDERS[folder].base);
		const entries: Entry<z.output<S>>[] = [];
		for (const name of listFiles(dir, ENTRY_FOLDERS[folder].pattern)) {
			const path = join(dir, name);
			const file = rel(path);
			const id = idFromFile(name, file);
			const text = readText(path);
			const raw = text === undefined ? undefined : toRaw(text, file);
			const data = raw === undefined ? undefined : parse(schema, raw, file);
			if (data && id) entries.push({ id, file, data });
			else if (id) invalid[kind].add(id);
		}
		return entries;
	}

	const pages: ProsePage[] = [];
	const phases = readFolder('phases', PhaseSchema, 'phase', (text, file) => {
		const scan = scanProse(text, file);
		problems.push(...scan.problems.map(({ line, message }) => ({ file, field: `line ${line}`, message })));
		pages.push({ file, visible: scan.visible, references: scan.references });
		const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
		if (!match) {
			problems.push({ file, field: '(frontmatter)', message: 'is missing: the file must start with a --- block' });
			return undefined;
		}
		return parseYaml(match[1]!, file, '(frontmatter)');
	});
	const events = readFolder('events', EventSchema, 'event', (text, file) => parseYaml(text, file, '(file)'));

	const content: ContentSet = {
		phases,
		events,
		sources: readList(LIST_FILES.sources, SourceSchema, 'source'),
		organisations: readList(LIST_FILES.organisations, OrganisationSchema, 'organisation'),
		glossary: readList(LIST_FILES.glossary, GlossaryTermSchema, 'glossary'),
		commissioners: readList(LIST_FILES.commissioners, CommissionerSchema),
		corrections: readList(LIST_FILES.corrections, CorrectionSchema),
		prose: pages.flatMap((page) => page.references),
		invalid,
	};
	problems.push(...checkContentIntegrity(content), ...checkEditorialRules(content, pages));
	return { content, problems };
}
