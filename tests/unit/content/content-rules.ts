/**
 * Honesty rules for the site's content, as pure functions over a parsed content set. (The
 * editorial rules, acronyms and names, run in the content check itself: src/lib/editorial-rules.ts.)
 * Each returns the problems it finds as readable lines, so a
 * failing test says exactly what to fix. The tests run them on the real content and on small
 * bad inputs, to prove each rule can fail.
 */
import type { ContentSet } from '../../../src/lib/content-integrity';

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
