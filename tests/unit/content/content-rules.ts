/**
 * Honesty rules for the site's content, as pure functions over a parsed content set and the
 * raw text of the phase pages. Each returns the problems it finds as readable lines, so a
 * failing test says exactly what to fix. The tests run them on the real content and on small
 * bad inputs, to prove each rule can fail.
 */
import type { ContentSet } from '../../../src/lib/content-integrity';

/** A phase page's raw MDX and where it came from. */
export interface PageText {
	file: string;
	text: string;
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

export function findEventsWithoutSources(content: ContentSet): string[] {
	return content.events
		.filter((event) => event.data.sources.length === 0)
		.map((event) => `${event.file}: has no source`);
}

export function findAmountsWithoutSourceOrSpeaker(content: ContentSet): string[] {
	const problems: string[] = [];
	for (const event of content.events) {
		event.data.amounts.forEach((amount, i) => {
			if (!amount.source?.source?.trim()) problems.push(`${event.file}: amounts[${i}] has no source`);
			if (!amount.saidBy?.trim()) problems.push(`${event.file}: amounts[${i}] does not say who gave the figure`);
		});
	}
	return problems;
}

export function findUnknownGlossaryTerms(content: ContentSet): string[] {
	const known = new Set(content.glossary.map((term) => term.id));
	const problems = content.prose
		.filter((ref) => ref.kind === 'glossary' && !known.has(ref.id))
		.map((ref) => `${ref.file}:${ref.line}: <Term id="${ref.id}"> is not in the glossary`);
	for (const term of content.glossary) {
		for (const id of term.data.related) {
			if (!known.has(id)) problems.push(`${term.file}: ${term.id} relates to unknown term "${id}"`);
		}
	}
	return problems;
}

export function findUnknownOrganisations(content: ContentSet): string[] {
	const known = new Set(content.organisations.map((org) => org.id));
	const problems: string[] = [];
	const check = (where: string, id: string | undefined) => {
		if (id !== undefined && !known.has(id)) problems.push(`${where}: unknown organisation "${id}"`);
	};
	for (const phase of content.phases) check(`${phase.file}: commissioner`, phase.data.commissioner);
	for (const event of content.events) {
		event.data.actors.forEach((id, i) => check(`${event.file}: actors[${i}]`, id));
		event.data.amounts.forEach((amount, i) => check(`${event.file}: amounts[${i}].saidBy`, amount.saidBy));
	}
	for (const org of content.organisations) {
		check(`${org.file}: ${org.id}.parent`, org.data.parent);
		check(`${org.file}: ${org.id}.successor`, org.data.successor);
	}
	return problems;
}

/** Acronyms that the glossary or an organisation entry explains, plus the allowlist. */
export function explainedAcronyms(content: ContentSet): Set<string> {
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

/** The words a reader sees on a phase page: no frontmatter, comments, tags or attributes. */
export function readableText(mdx: string): string {
	return blankMarkup(stripFrontmatter(mdx));
}

function stripFrontmatter(mdx: string): string {
	// Blanked rather than removed, so positions and line numbers still match the file.
	return mdx.replace(/^---\r?\n[\s\S]*?\r?\n---/, (block) => block.replace(/[^\n]/g, ' '));
}

/** Replaces JSX comments and tags with spaces of the same length, keeping positions. */
function blankMarkup(text: string): string {
	return text
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, (comment) => comment.replace(/[^\n]/g, ' '))
		.replace(/<\/?[A-Za-z][^>]*>/g, (tag) => tag.replace(/[^\n]/g, ' '));
}

/** Acronyms on phase pages (body, title and summary) and in event titles and summaries. */
export function findUnexplainedAcronyms(
	pages: PageText[],
	phases: ContentSet['phases'],
	events: ContentSet['events'],
	explained: Set<string>,
): string[] {
	const problems: string[] = [];
	const report = (where: string, text: string) => {
		const unexplained = new Set(
			findAcronyms(text)
				.map(({ acronym }) => acronym)
				.filter((acronym) => !explained.has(acronym)),
		);
		for (const acronym of unexplained) problems.push(`${where}: "${acronym}" is not explained by the glossary or an organisation`);
	};
	for (const page of pages) report(page.file, readableText(page.text));
	for (const phase of phases) {
		const { title, shortTitle, summary } = phase.data;
		report(`${phase.file} (title and summary)`, `${title}\n${shortTitle}\n${summary}`);
	}
	for (const event of events) report(event.file, `${event.data.title}\n${event.data.summary}`);
	return problems;
}

/** Where each `<Term id>` element's visible text starts and ends in the page. */
function termSpans(body: string): { id: string; start: number; end: number }[] {
	const element = /<Term\b[^>]*?\bid=["']([^"']+)["'][^>]*>([\s\S]*?)<\/Term>/g;
	return [...body.matchAll(element)].map((match) => ({
		id: match[1]!,
		start: match.index!,
		end: match.index! + match[0].length,
	}));
}

/**
 * On each page, the first time a glossary acronym appears it must be inside a `<Term>` for
 * that entry, so the reader can see what it stands for.
 */
export function findAcronymsNotMarkedAtFirstUse(pages: PageText[], glossary: ContentSet['glossary']): string[] {
	const problems: string[] = [];
	for (const page of pages) {
		const body = stripFrontmatter(page.text);
		const visible = blankMarkup(body);
		const spans = termSpans(body);
		const found = findAcronyms(visible);
		for (const term of glossary) {
			const abbreviation = term.data.abbreviation;
			if (!abbreviation) continue;
			const first = found.find(({ acronym }) => acronym === abbreviation);
			if (!first) continue;
			const marked = spans.some((span) => span.id === term.id && span.start <= first.index && first.index < span.end);
			if (!marked) {
				const line = body.slice(0, first.index).split('\n').length;
				problems.push(`${page.file}:${line}: first use of "${abbreviation}" is not inside <Term id="${term.id}">`);
			}
		}
	}
	return problems;
}

/**
 * On each page, an organisation's full name must appear before its abbreviation is used.
 * Two bodies may share an abbreviation (SHA); naming either of them first is enough.
 */
export function findOrganisationAbbreviationsBeforeName(
	pages: PageText[],
	organisations: ContentSet['organisations'],
): string[] {
	const namesByAbbreviation = new Map<string, string[]>();
	for (const org of organisations) {
		const abbreviation = org.data.abbreviation;
		if (abbreviation) namesByAbbreviation.set(abbreviation, [...(namesByAbbreviation.get(abbreviation) ?? []), org.data.name]);
	}
	const problems: string[] = [];
	for (const page of pages) {
		const visible = readableText(page.text);
		const found = findAcronyms(visible);
		for (const [abbreviation, names] of namesByAbbreviation) {
			const first = found.find(({ acronym }) => acronym === abbreviation);
			if (!first) continue;
			const before = visible.slice(0, first.index).toLowerCase();
			// The singular also counts: "integrated care board (ICB)" spells out "Integrated care boards".
			if (!names.some((name) => before.includes(name.toLowerCase().replace(/s$/, '')))) {
				const line = visible.slice(0, first.index).split('\n').length;
				problems.push(`${page.file}:${line}: "${abbreviation}" is used before "${names.join('" or "')}" is spelled out`);
			}
		}
	}
	return problems;
}

/**
 * The commissioning bodies hand over without a gap or an overlap: each begins the day after
 * the one before it ends, and only the last is still in being.
 */
export function findCommissionerGaps(content: ContentSet): string[] {
	const bodies = [...content.commissioners].sort((a, b) => a.data.start.date.localeCompare(b.data.start.date));
	const problems: string[] = [];
	bodies.forEach((body, i) => {
		const next = bodies[i + 1];
		if (!next) return;
		const end = body.data.end?.date;
		if (!end) {
			problems.push(`${body.file}: ${body.id} has no end, but ${next.id} follows it`);
			return;
		}
		const dayAfter = new Date(`${end}T00:00:00Z`);
		dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
		if (dayAfter.toISOString().slice(0, 10) !== next.data.start.date) {
			problems.push(`${body.file}: ${body.id} ends on ${end} but ${next.id} starts on ${next.data.start.date}`);
		}
	});
	return problems;
}

/**
 * An event added after launch (it has an `added` date) is told on its phase page too: the
 * page cites at least one of the event's sources, so a reader of the phase meets it.
 */
export function findAddedEventsMissingFromPhasePage(content: ContentSet): string[] {
	const citedOn = new Map<string, Set<string>>();
	for (const ref of content.prose) {
		if (ref.kind !== 'source') continue;
		citedOn.set(ref.file, (citedOn.get(ref.file) ?? new Set()).add(ref.id));
	}
	const phaseFile = new Map(content.phases.map((phase) => [phase.id, phase.file]));
	return content.events
		.filter((event) => event.data.added)
		.filter((event) => {
			const cited = citedOn.get(phaseFile.get(event.data.phase) ?? '') ?? new Set();
			return !event.data.sources.some((citation) => cited.has(citation.source));
		})
		.map((event) => `${event.file}: added on ${event.data.added}, but its phase page "${event.data.phase}" cites none of its sources`);
}
