/**
 * The interactive timeline in embed mode, opened as the embed's URL asks. The server renders
 * it unfiltered (the static page cannot see the query); in a layout effect, so before the
 * first paint, the validated parameters (phase, from/to, kinds, event) remount it in their
 * state.
 */
import { useLayoutEffect, useState } from 'react';
import Timeline from '../islands/timeline/Timeline';
import { DEFAULT_EMBED_OPTIONS, parseEmbedParams } from '../../lib/embed/params';
import { embedTimelineView, knownEmbedIds, type EmbedTimelineData } from '../../lib/embed/view';

export default function EmbedTimelineIsland(data: EmbedTimelineData) {
	const [view, setView] = useState(() => ({ key: '', ...embedTimelineView(data, DEFAULT_EMBED_OPTIONS) }));
	useLayoutEffect(() => {
		if (!location.search) return;
		setView({ key: location.search, ...embedTimelineView(data, parseEmbedParams(location.search, knownEmbedIds(data))) });
		// The query never changes inside the frame: read it once.
	}, []);
	return <Timeline key={view.key} events={view.events} phases={view.phases} organisations={view.organisations} initialState={view.initialState} mode="embed" />;
}
