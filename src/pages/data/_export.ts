/** Gathers the event views into the open data export (shared by the JSON and CSV files). */
import { getEventViews } from '../../data/events';
import { buildEventsExport, type EventsExport } from '../../lib/open-data/events-export';
import { SITE_TITLE } from '../../consts';

/** The export for a site address. */
export async function loadEventsExport(site: URL): Promise<EventsExport> {
	return buildEventsExport({ site, siteName: SITE_TITLE, events: await getEventViews() });
}
