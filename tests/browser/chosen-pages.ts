/**
 * The pages the browser suite reads whole in Chromium (tests/browser/pages*.browser.test.ts):
 * every singleton page and every phase page (each has its own written content), and for each
 * template with many pages made from data (phase summaries, events, organisations, and their
 * embeds, phase embeds, diagram steps) the pages the data says are the extremes, or one where
 * the pages differ only in an option. Every page is also checked cheaply in node by
 * tests/dist/pages.dist.test.ts, and linkinator fetches everything every page links to or loads.
 */
import { listPages, readPage } from '../dist/built-site';

interface ExportedEvent {
	id: string;
	organisations: unknown[];
	amounts: unknown[];
}

/** The built site's pages, the ones chosen for Chromium, and the data behind the choice. */
export function choosePages(distDir: string) {
	const pages = listPages(distDir);

	const events: ExportedEvent[] = JSON.parse(readPage('/data/events.json', distDir)).events;
	const weight = (event: ExportedEvent) => event.amounts.length + event.organisations.length;
	const busiest = events.reduce((a, b) => (weight(b) > weight(a) ? b : a));
	const barest = events.reduce((a, b) => (weight(b) < weight(a) ? b : a));
	const organisationPages = pages.filter((path) => /^\/organisations\/[^/]+\/$/.test(path));
	// The organisation page says so in its markup: a family section for chains, a note for none.
	const withChain = organisationPages.find((path) => readPage(path, distDir).includes('id="family-heading"'));
	const withoutEvents = organisationPages.find((path) => readPage(path, distDir).includes('class="none"'));

	/** Pages from templates with one page per entity or variant; the rest of the site is checked whole. */
	const sampled = /^\/(embed\/)?(events|organisations)\/[^/]+\/$|^\/phases\/[^/]+\/summary\/$|^\/(embed\/timeline|diagrams)\/[^/]+\/$/;
	/** The pages matching `pattern`, the one with the most events first and the one with the fewest last. */
	const byEvents = (pattern: RegExp) =>
		pages
			.filter((path) => pattern.test(path))
			.map((path) => ({ path, events: readPage(path, distDir).split('<time').length }))
			.sort((a, b) => b.events - a.events)
			.map(({ path }) => path);
	// The phases' printable summaries, made from their events: the fullest and the shortest.
	const summaries = byEvents(/^\/phases\/[^/]+\/summary\/$/);
	// One phase's embed and one step's page: the same templates as /embed/timeline/ and /diagrams/
	// with one option set. diagrams.browser.test.ts runs axe on every step and reads every step's
	// page without JavaScript.
	const [phaseEmbed] = pages.filter((path) => /^\/embed\/timeline\/[^/]+\/$/.test(path));
	const [stepPage] = pages.filter((path) => /^\/diagrams\/[^/]+\/$/.test(path));
	const chosen = [
		...pages.filter((path) => !sampled.test(path)),
		summaries[0]!,
		summaries.at(-1)!,
		phaseEmbed!,
		stepPage!,
		`/events/${busiest.id}/`,
		`/events/${barest.id}/`,
		`/embed/events/${busiest.id}/`,
		`/embed/events/${barest.id}/`,
		withChain!,
		withoutEvents!,
	];
	return { pages, chosen, busiest, barest, withChain, withoutEvents, weight };
}
