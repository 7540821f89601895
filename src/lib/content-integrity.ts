/**
 * Cross-reference checks over the whole content set. Pure: it takes parsed entries
 * and returns problems, so the build, `astro check` and unit tests share it.
 */
import type { Commissioner, Correction, GlossaryTerm, Organisation, Phase, Source, TimelineEventData } from '../schemas';
import { comparePartialDates, dateEnd, dateStart, formatPartialDate } from './dates';
import { derivePhaseSpan, type PhaseSpan } from './phases';
import type { ProseReference } from './prose-references';

export type { ProseReference };

/** One parsed content entry and where it came from. */
export interface Entry<T> {
	id: string;
	/** Path of the file, relative to the project (`content/events/pct-advert.yaml`). */
	file: string;
	/** For entries that share a file, the prefix that locates the entry in it (its id). */
	prefix?: string;
	data: T;
}

/** What an id can refer to. */
export type ReferenceKind = 'phase' | 'event' | 'source' | 'organisation' | 'glossary';

export interface ContentSet {
	phases: Entry<Phase>[];
	events: Entry<TimelineEventData>[];
	sources: Entry<Source>[];
	organisations: Entry<Organisation>[];
	glossary: Entry<GlossaryTerm>[];
	commissioners: Entry<Commissioner>[];
	corrections: Entry<Correction>[];
	/** `<Cite id>` and `<Term id>` in phase pages. */
	prose: ProseReference[];
	/**
	 * Ids of entries that exist but failed their schema (reported there): references to them
	 * are not reported again.
	 */
	invalid?: Record<ReferenceKind, Set<string>>;
}

/** A problem that names the file, the field and what is wrong. */
export interface ContentProblem {
	file: string;
	field: string;
	message: string;
}

/** `content/events/x.yaml: sources[0].source: unknown source "nope"` */
export function formatProblem(problem: ContentProblem): string {
	return `${problem.file}: ${problem.field}: ${problem.message}`;
}

function at(entry: Entry<unknown>, field: string): Pick<ContentProblem, 'file' | 'field'> {
	return { file: entry.file, field: entry.prefix ? `${entry.prefix}.${field}` : field };
}

function findDuplicateIds(entries: Entry<unknown>[], label: string): ContentProblem[] {
	const firstFile = new Map<string, string>();
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		const seen = firstFile.get(entry.id);
		if (seen !== undefined) {
			problems.push({ ...at(entry, 'id'), message: `duplicate ${label} id "${entry.id}" (also in ${seen})` });
		} else {
			firstFile.set(entry.id, entry.file);
		}
	}
	return problems;
}

/**
 * Every problem in the content set, in file order: dangling references (commissioning bodies'
 * and corrections' included), duplicate ids and
 * glossary terms, events outside their phase or before or after every phase, and organisation
 * parents that loop.
 */
export function checkContentIntegrity(content: ContentSet): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const ids = {
		phase: new Set(content.phases.map((entry) => entry.id)),
		event: new Set(content.events.map((entry) => entry.id)),
		source: new Set(content.sources.map((entry) => entry.id)),
		organisation: new Set(content.organisations.map((entry) => entry.id)),
		glossary: new Set(content.glossary.map((entry) => entry.id)),
	};
	const phasesById = new Map(content.phases.map((entry) => [entry.id, entry]));
	const spanWithout = (phase: Entry<Phase>, eventId: string): PhaseSpan | undefined =>
		derivePhaseSpan(
			phase.data,
			content.events.filter((event) => event.data.phase === phase.id && event.id !== eventId).map((event) => event.data.date),
		);
	const eventsById = new Map(content.events.map((entry) => [entry.id, entry]));

	problems.push(
		...findDuplicateIds(content.phases, 'phase'),
		...findDuplicateIds(content.events, 'event'),
		...findDuplicateIds(content.sources, 'source'),
		...findDuplicateIds(content.organisations, 'organisation'),
		...findDuplicateIds(content.glossary, 'glossary'),
		...findDuplicateIds(content.commissioners, 'commissioner'),
		...findDuplicateIds(content.corrections, 'correction'),
	);

	const known = (kind: ReferenceKind, id: string) => ids[kind].has(id) || Boolean(content.invalid?.[kind].has(id));
	const expect = (entry: Entry<unknown>, field: string, kind: ReferenceKind, id: string | undefined) => {
		if (id !== undefined && !known(kind, id)) {
			problems.push({ ...at(entry, field), message: `unknown ${kind} "${id}"` });
		}
	};

	const orders = new Map<number, string>();
	for (const phase of content.phases) {
		expect(phase, 'commissioner', 'organisation', phase.data.commissioner);
		const other = orders.get(phase.data.order);
		if (other) problems.push({ ...at(phase, 'order'), message: `order ${phase.data.order} is also used by phase "${other}"` });
		else orders.set(phase.data.order, phase.id);
	}

	for (const event of content.events) {
		const { data } = event;
		expect(event, 'phase', 'phase', data.phase);
		data.actors.forEach((id, i) => expect(event, `actors[${i}]`, 'organisation', id));
		data.sources.forEach((citation, i) => expect(event, `sources[${i}].source`, 'source', citation.source));
		data.followedBy.forEach((id, i) => {
			expect(event, `followedBy[${i}]`, 'event', id);
			const later = eventsById.get(id);
			if (later && comparePartialDates(later.data.date, data.date) < 0) {
				problems.push({ ...at(event, `followedBy[${i}]`), message: `"${id}" (${formatPartialDate(later.data.date)}) is earlier than this event` });
			}
		});
		data.amounts.forEach((amount, i) => {
			expect(event, `amounts[${i}].saidBy`, 'organisation', amount.saidBy);
			expect(event, `amounts[${i}].source.source`, 'source', amount.source.source);
		});
		const phase = phasesById.get(data.phase);
		if (phase && !phase.data.start && !phase.data.end) {
			// A phase without bounds takes its span from its events, so a wrong date would
			// silently stretch it. Only the first phase may reach back before every other
			// phase's span, and only the last may reach past them all.
			const spans = content.phases.flatMap((other) => spanWithout(other, event.id) ?? []);
			const earliest = spans.map((span) => span.start).sort(comparePartialDates)[0];
			const latest = spans.map((span) => span.end).sort(comparePartialDates).at(-1);
			const orders = content.phases.map((other) => other.data.order);
			const fix = `check the date, or give phase "${phase.id}" start and end bounds that include it`;
			if (earliest && dateEnd(data.date) <= dateStart(earliest) && phase.data.order !== Math.min(...orders)) {
				problems.push({ ...at(event, 'date'), message: `${formatPartialDate(data.date)} is before every phase (the earliest starts ${formatPartialDate(earliest)}): ${fix}` });
			}
			if (latest && dateStart(data.date) >= dateEnd(latest) && phase.data.order !== Math.max(...orders)) {
				problems.push({ ...at(event, 'date'), message: `${formatPartialDate(data.date)} is after every phase (the latest ends ${formatPartialDate(latest)}): ${fix}` });
			}
		}
		if (phase) {
			const { start, end } = phase.data;
			// A partial date lies inside when the span it covers overlaps the phase's bounds.
			if (start && dateEnd(data.date) <= dateStart(start)) {
				problems.push({ ...at(event, 'date'), message: `${formatPartialDate(data.date)} is before its phase "${phase.id}" starts (${formatPartialDate(start)})` });
			}
			if (end && dateStart(data.date) >= dateEnd(end)) {
				problems.push({ ...at(event, 'date'), message: `${formatPartialDate(data.date)} is after its phase "${phase.id}" ends (${formatPartialDate(end)})` });
			}
		}
	}

	const orgsById = new Map(content.organisations.map((entry) => [entry.id, entry]));
	for (const org of content.organisations) {
		expect(org, 'parent', 'organisation', org.data.parent);
		expect(org, 'successor', 'organisation', org.data.successor);
		const seen = new Set([org.id]);
		for (let parent = org.data.parent; parent; parent = orgsById.get(parent)?.data.parent) {
			if (seen.has(parent)) {
				problems.push({ ...at(org, 'parent'), message: `parent chain loops back to "${parent}"` });
				break;
			}
			seen.add(parent);
		}
	}

	const termIds = new Map<string, string>();
	for (const term of content.glossary) {
		term.data.related.forEach((id, i) => expect(term, `related[${i}]`, 'glossary', id));
		const name = term.data.term.toLowerCase();
		const other = termIds.get(name);
		if (other) problems.push({ ...at(term, 'term'), message: `"${term.data.term}" is already defined by glossary entry "${other}": merge the two` });
		else termIds.set(name, term.id);
	}

	for (const body of content.commissioners) {
		expect(body, 'id', 'organisation', body.id);
		expect(body, 'start.source.source', 'source', body.data.start.source.source);
		expect(body, 'end.source.source', 'source', body.data.end?.source.source);
	}

	for (const correction of content.corrections) {
		correction.data.pages.forEach((page, i) => expect(correction, `pages[${i}].id`, page.kind, page.id));
		correction.data.sources.forEach((citation, i) => expect(correction, `sources[${i}].source`, 'source', citation.source));
	}

	for (const ref of content.prose) {
		const kind = ref.kind === 'source' ? 'source' : 'glossary';
		if (!known(kind, ref.id)) {
			const tag = ref.kind === 'source' ? 'Cite' : 'Term';
			problems.push({ file: ref.file, field: `line ${ref.line} <${tag} id>`, message: `unknown ${kind} "${ref.id}"` });
		}
	}
	return problems;
}
