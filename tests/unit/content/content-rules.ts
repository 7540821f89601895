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
