import { startTransition, useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/**
 * An element's content box, from a ResizeObserver (its first report comes after the browser's
 * own layout, so measuring forces none); undefined until measured. What a new size redraws
 * renders in a transition, in slices that leave the page responsive. When the ref comes to
 * hold another element (the view was drawn anew, as the wide stage is after the window has
 * been narrow), the new one is observed.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } | undefined {
	const [element, setElement] = useState<HTMLElement | null>(null);
	const [size, setSize] = useState<{ width: number; height: number }>();
	useLayoutEffect(() => {
		if (ref.current !== element) setElement(ref.current);
	});
	useEffect(() => {
		if (!element) return;
		const observer = new ResizeObserver(([entry]) => {
			const width = Math.round(entry!.contentRect.width);
			const height = Math.round(entry!.contentRect.height);
			startTransition(() => setSize((old) => (old && old.width === width && old.height === height ? old : { width, height })));
		});
		observer.observe(element);
		return () => observer.disconnect();
	}, [element]);
	return size;
}
