/**
 * Editorial rules the content check enforces, so `astro dev` tells authors as they write:
 * every acronym is explained somewhere (the glossary or an organisation), a glossary acronym
 * is marked up with `<Term>` where a page first uses it, and an organisation's name comes
 * before its abbreviation. Pure: they take parsed content and pages and return problems.
 */
import type { ContentProblem, ContentSet } from './content-integrity';
import type { ProseReference } from './prose-references';

/** A phase page as the prose parser read it (lib/prose-references.ts). */
export interface ProsePage {
	file: string;
	/** The words a reader sees, at their places in the file (everything else blanked). */
	visible: string;
	references: ProseReference[];
}

/** Acronyms a reader needs no help with, and why each is allowed without a glossary entry. */
export const ACRONYM_ALLOWLIST: Readonly<Record<string, string>> = {
	// "the UK" is how British readers name their own country; spelling it out reads oddly.
	UK: 'United Kingdom',
};

/** Two or more capitals (digits allowed after the first letter), with an optional plural "s". */
const ACRONYM = /\b([A-Z][A-Z0-9]*[A-Z][A-Z0-9]*)s?\b/g;

/** Every acronym in a piece of text, in order of appearance, with its position. */
export function findAcronyms(text: string): { acronym: string; index: number }[] {
	return [...text.matchAll(ACRONYM)].map((match) => ({ acronym: match[1]!, index: match.index! }));
}

const lineAt = (text: string, index: number) => `line ${text.slice(0, index).split('\n').length}`;

/** Acronyms that the glossary or an organisation entry explains, plus the allowlist. */
export function explainedAcronyms(content: Pick<ContentSet, 'glossary' | 'organisations'>): Set<string> {
	const explained = new Set(Object.keys(ACRONYM_ALLOWLIST));
	const addFrom = (text: string | undefined) => {
		for (const { acronym } of findAcronyms(text ?? '')) explained.add(acronym);
	};
	for (const term of content.glossary) {
		addFrom(term.data.abbreviation);
		term.data.aliases.forEach(addFrom);
	}
	for (const org of content.organisations) {
		// A company called "KPMG" or "UNISON" is explained by its own entry.
		addFrom(org.data.abbreviation);
		addFrom(org.data.name);
		org.data.aliases.forEach(addFrom);
	}
	return explained;
}

/** Acronyms on phase pages (body, title and summary) and in event titles and summaries. */
export function findUnexplainedAcronyms(
	pages: ProsePage[],
	content: Pick<ContentSet, 'phases' | 'events' | 'glossary' | 'organisations'>,
): ContentProblem[] {
	const explained = explainedAcronyms(content);
	const problems: ContentProblem[] = [];
	const report = (file: string, field: (index: number) => string, text: string) => {
		const seen = new Set<string>();
		for (const { acronym, index } of findAcronyms(text)) {
			if (explained.has(acronym) || seen.has(acronym)) continue;
			seen.add(acronym);
			problems.push({ file, field: field(index), message: `"${acronym}" is not explained by the glossary or an organisation` });
		}
	};
	for (const page of pages) report(page.file, (index) => lineAt(page.visible, index), page.visible);
	for (const phase of content.phases) {
		const { title, shortTitle, summary } = phase.data;
		report(phase.file, () => 'title, shortTitle or summary', `${title}\n${shortTitle}\n${summary}`);
	}
	for (const event of content.events) report(event.file, () => 'title or summary', `${event.data.title}\n${event.data.summary}`);
	return problems;
}

/**
 * On each page, the first time a glossary acronym appears it must be inside a `<Term>` for
 * that entry, so the reader can see what it stands for.
 */
export function findAcronymsNotMarkedAtFirstUse(pages: ProsePage[], glossary: ContentSet['glossary']): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const page of pages) {
		const found = findAcronyms(page.visible);
		for (const term of glossary) {
			const abbreviation = term.data.abbreviation;
			const first = abbreviation && found.find(({ acronym }) => acronym === abbreviation);
			if (!first) continue;
			const marked = page.references.some(
				(ref) => ref.kind === 'glossary' && ref.id === term.id && ref.start <= first.index && first.index < ref.end,
			);
			if (!marked) {
				problems.push({ file: page.file, field: lineAt(page.visible, first.index), message: `first use of "${abbreviation}" is not inside <Term id="${term.id}">` });
			}
		}
	}
	return problems;
}

/**
 * On each page, an organisation's full name must appear before its abbreviation is used.
 * Two bodies may share an abbreviation (SHA); naming either of them first is enough.
 */
export function findOrganisationAbbreviationsBeforeName(pages: ProsePage[], organisations: ContentSet['organisations']): ContentProblem[] {
	const namesByAbbreviation = new Map<string, string[]>();
	for (const org of organisations) {
		const abbreviation = org.data.abbreviation;
		if (abbreviation) namesByAbbreviation.set(abbreviation, [...(namesByAbbreviation.get(abbreviation) ?? []), org.data.name]);
	}
	const problems: ContentProblem[] = [];
	for (const page of pages) {
		const found = findAcronyms(page.visible);
		for (const [abbreviation, names] of namesByAbbreviation) {
			const first = found.find(({ acronym }) => acronym === abbreviation);
			if (!first) continue;
			const before = page.visible.slice(0, first.index).toLowerCase();
			// The singular also counts: "integrated care board (ICB)" spells out "Integrated care boards".
			if (!names.some((name) => before.includes(name.toLowerCase().replace(/s$/, '')))) {
				problems.push({ file: page.file, field: lineAt(page.visible, first.index), message: `"${abbreviation}" is used before "${names.join('" or "')}" is spelled out` });
			}
		}
	}
	return problems;
}

/** Every editorial problem in the content and its pages. */
export function checkEditorialRules(content: ContentSet, pages: ProsePage[]): ContentProblem[] {
	return [
		...findUnexplainedAcronyms(pages, content),
		...findAcronymsNotMarkedAtFirstUse(pages, content.glossary),
		...findOrganisationAbbreviationsBeforeName(pages, content.organisations),
	];
}
