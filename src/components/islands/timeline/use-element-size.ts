import { useEffect, useState, type RefObject } from 'react';

/** An element's content box, kept current with a ResizeObserver; undefined until measured. */
export function useElementSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } | undefined {
	const [size, setSize] = useState<{ width: number; height: number }>();
	useEffect(() => {
		const element = ref.current;
		if (!element) return;
		const measure = () => {
			const width = Math.round(element.clientWidth);
			const height = Math.round(element.clientHeight);
			setSize((old) => (old && old.width === width && old.height === height ? old : { width, height }));
		};
		measure();
		const observer = new ResizeObserver(measure);
		observer.observe(element);
		return () => observer.disconnect();
	}, [ref]);
	return size;
}
