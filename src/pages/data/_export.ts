/** Gathers the collections into the open data export (shared by the JSON and CSV files). */
import { getEvents, getOrganisations, getPhases, getSources } from '../../data/collections';
import { buildEventsExport, type EventsExport } from '../../lib/open-data/events-export';
import { KIND_LABELS } from '../../lib/event-kinds';
import { SITE_TITLE } from '../../consts';

/** The export for a site address. */
export async function loadEventsExport(site: URL): Promise<EventsExport> {
	const [events, phases, organisations, sources] = await Promise.all([
		getEvents(),
		getPhases(),
		getOrganisations(),
		getSources(),
	]);
	return buildEventsExport({ site, siteName: SITE_TITLE, kindLabels: KIND_LABELS, events, phases, organisations, sources });
}
