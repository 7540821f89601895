import { startTransition, useEffect, useState } from 'react';

/**
 * Whether a media query matches. False on the server and during hydration, so the first
 * client render equals the server's; the real value follows in an effect, rendered in a
 * transition (in slices that leave the page responsive).
 */
export function useMediaQuery(query: string): boolean {
	const [matches, setMatches] = useState(false);
	useEffect(() => {
		const list = window.matchMedia(query);
		const update = () => startTransition(() => setMatches(list.matches));
		update();
		list.addEventListener('change', update);
		return () => list.removeEventListener('change', update);
	}, [query]);
	return matches;
}
