/**
 * An open event's summary, sums and sources: from the server-rendered props when the server
 * opened it, otherwise from routes.timelineDetails(), fetched once per page and shared.
 */
import { useEffect, useState } from 'react';
import { routes } from '../../../lib/routes';
import type { TimelineEventDetails } from '../../../lib/timeline/types';

let all: Promise<Record<string, TimelineEventDetails>> | undefined;

function load(): Promise<Record<string, TimelineEventDetails>> {
	all ??= fetch(routes.timelineDetails()).then((response) => {
		if (!response.ok) throw new Error(`${response.status}`);
		return response.json() as Promise<Record<string, TimelineEventDetails>>;
	});
	// A failed fetch may succeed later (the reader's connection came back).
	all.catch(() => (all = undefined));
	return all;
}

/** The details of `id` (undefined while loading), and whether loading failed. */
export function useEventDetails(id: string | undefined, known: Readonly<Record<string, TimelineEventDetails>>) {
	const [loaded, setLoaded] = useState<Record<string, TimelineEventDetails>>();
	const [failed, setFailed] = useState(false);
	const needed = Boolean(id && !known[id] && !loaded);
	useEffect(() => {
		if (!needed) return;
		let current = true;
		load().then(
			(details) => current && setLoaded(details),
			() => current && setFailed(true),
		);
		return () => {
			current = false;
		};
	}, [needed]);
	return { details: id ? (known[id] ?? loaded?.[id]) : undefined, failed };
}
