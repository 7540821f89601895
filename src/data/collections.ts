/**
 * The only module that reads content collections. Pages call these functions and get
 * plain, serialisable, sorted arrays; nothing else imports `astro:content` except to render MDX.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Commissioner, Correction, GlossaryTerm, Organisation, Phase, Source, TimelineEventData } from '../schemas';
import { comparePartialDates } from '../lib/dates';
import { derivePhaseSpan, type PhaseSpan } from '../lib/phases';
import { citedSourceIds } from '../lib/prose-references';
import { fileDates, type FileDates } from './file-dates';

export interface EventItem extends TimelineEventData {
	id: string;
}

export interface PhaseItem extends Phase {
	id: string;
	/** Derived from stated bounds and event dates; see lib/phases.ts. */
	span: PhaseSpan | undefined;
}

/** Every event, in date order (ties by id, so the order is stable). */
export async function getEvents(): Promise<EventItem[]> {
	const entries = await getCollection('events');
	return entries
		.map((entry) => ({ id: entry.id, ...entry.data }))
		.sort((a, b) => comparePartialDates(a.date, b.date) || a.id.localeCompare(b.id));
}

/** Every phase in story order, with its span. */
export async function getPhases(): Promise<PhaseItem[]> {
	const [entries, events] = await Promise.all([getCollection('phases'), getEvents()]);
	return entries
		.map((entry) => ({
			id: entry.id,
			...entry.data,
			span: derivePhaseSpan(
				entry.data,
				events.filter((event) => event.phase === entry.id).map((event) => event.date),
			),
		}))
		.sort((a, b) => a.order - b.order);
}

/** The phase entries themselves, for pages that render the MDX body. */
export async function getPhaseEntries() {
	return (await getCollection('phases')).sort((a, b) => a.data.order - b.data.order);
}

/** Each phase page with the source ids its `<Cite id>` tags name, in story order. */
export async function getPhaseCitations(): Promise<{ id: string; title: string; sourceIds: string[] }[]> {
	return (await getPhaseEntries()).map((entry) => ({
		id: entry.id,
		title: entry.data.title,
		sourceIds: citedSourceIds(entry.body ?? ''),
	}));
}

/** Sources, oldest first. */
export async function getSources(): Promise<Source[]> {
	const entries = await getCollection('sources');
	return entries
		.map((entry) => entry.data)
		.sort((a, b) => comparePartialDates(a.date, b.date) || a.title.localeCompare(b.title));
}

/** Organisations, by name. */
export async function getOrganisations(): Promise<Organisation[]> {
	const entries = await getCollection('organisations');
	return entries.map((entry) => entry.data).sort((a, b) => a.name.localeCompare(b.name));
}

/** Glossary terms, alphabetically. */
export async function getGlossary(): Promise<GlossaryTerm[]> {
	const entries = await getCollection('glossary');
	return entries.map((entry) => entry.data).sort((a, b) => a.term.localeCompare(b.term));
}

/** The local commissioning bodies, earliest first. */
export async function getCommissioners(): Promise<Commissioner[]> {
	const entries = await getCollection('commissioners');
	return entries.map((entry) => entry.data).sort((a, b) => comparePartialDates(a.start.date, b.start.date));
}

/** The site's corrections to its own text, newest first (ties by id, so the order is stable). */
export async function getCorrections(): Promise<Correction[]> {
	const entries = await getCollection('corrections');
	return entries.map((entry) => entry.data).sort((a, b) => comparePartialDates(b.date, a.date) || a.id.localeCompare(b.id));
}

/** Looks ids up in a list; the content check has already proved every id resolves. */
export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
	return new Map(items.map((item) => [item.id, item]));
}

/** When an event's or a phase's file was first published and last changed, for its page's metadata. */
export async function getFileDates(collection: 'events' | 'phases', id: string): Promise<FileDates> {
	const entry = await getEntry(collection, id);
	if (!entry?.filePath) throw new Error(`no file for ${collection} entry "${id}"`);
	return fileDates(entry.filePath);
}
