/**
 * Roving focus over the marks: one mark is in the Tab order, arrow keys move it, and a mark
 * that zooming or filtering replaces hands focus to the mark that now holds the same event.
 */
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';

export function useRovingFocus(currentKey: string | undefined, containerSelector: string, preventScroll: boolean) {
	const elements = useRef(new Map<string, HTMLElement>());
	const pending = useRef(false);
	const focusInMarks = useRef(false);
	useEffect(() => {
		const track = (event: FocusEvent) => {
			focusInMarks.current = Boolean((event.target as Element).closest?.(containerSelector));
		};
		document.addEventListener('focusin', track);
		return () => document.removeEventListener('focusin', track);
	}, [containerSelector]);

	// A layout effect, so focus has moved by the time the key event that asked for it is done.
	useLayoutEffect(() => {
		const lost = focusInMarks.current && (document.activeElement === document.body || !document.activeElement);
		if (!pending.current && !lost) return;
		const element = currentKey ? elements.current.get(currentKey) : undefined;
		if (element) {
			pending.current = false;
			element.focus({ preventScroll });
		}
	});

	// One ref callback per mark key, kept stable so memoised marks are not re-rendered.
	const callbacks = useRef(new Map<string, (element: HTMLElement | null) => void>());
	const register = useCallback((key: string) => {
		let callback = callbacks.current.get(key);
		if (!callback) {
			callback = (element) => {
				if (element) elements.current.set(key, element);
				else elements.current.delete(key);
			};
			callbacks.current.set(key, callback);
		}
		return callback;
	}, []);
	const request = useCallback(() => {
		pending.current = true;
	}, []);
	return { register, request };
}
