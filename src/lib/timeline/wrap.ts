/**
 * Breaks text into lines at spaces, as a browser wraps a paragraph, for text drawn on a canvas
 * (the sketch shown while a gesture is under way). `measure` gives a string's width.
 */

/**
 * Lines of `text` no wider than `width`, at most `maxLines` of them (text beyond is dropped,
 * as the card's fixed height hides it). A word wider than the line stands on its own line.
 * @example wrapLines('one two three', 7, (s) => s.length) // => ['one two', 'three']
 */
export function wrapLines(text: string, width: number, measure: (text: string) => number, maxLines = Infinity): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && measure(candidate) > width) {
			lines.push(line);
			if (lines.length === maxLines) return lines;
			line = word;
		} else {
			line = candidate;
		}
	}
	if (line) lines.push(line);
	return lines.slice(0, maxLines);
}
