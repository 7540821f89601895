/**
 * Keeps the address bar and the island in step: reads the state once after hydration,
 * follows Back and Forward, and writes each change. On /timeline/ each story step is a
 * history entry; inside an embed's frame the entry is only rewritten, so the host page's
 * Back button is never taken over.
 */
import { useCallback, useEffect, useState } from 'react';
import type { TimelineState } from '../../../lib/timeline/types';
import { parseTimelineState, serialiseTimelineState, type KnownIds } from '../../../lib/timeline/url-state';

export function useUrlSync(mode: 'page' | 'embed', known: KnownIds, onLocation: (state: TimelineState, first: boolean) => void) {
	const [read, setRead] = useState(false);
	useEffect(() => {
		const follow = (first: boolean) => onLocation(parseTimelineState(location.search, known), first);
		follow(true);
		setRead(true);
		const onPopState = () => follow(false);
		window.addEventListener('popstate', onPopState);
		return () => window.removeEventListener('popstate', onPopState);
		// onLocation is stable (useStableCallback); known changes only with the props.
	}, [known, onLocation]);

	const write = useCallback(
		(state: TimelineState, how: 'push' | 'replace') => {
			const url = `${location.pathname}${serialiseTimelineState(state)}${location.hash}`;
			if (url === `${location.pathname}${location.search}${location.hash}`) return;
			if (how === 'push' && mode === 'page') history.pushState(null, '', url);
			else history.replaceState(null, '', url);
		},
		[mode],
	);
	return { read, write };
}
