/**
 * Fitting text without measuring it in a browser: width estimates from an average glyph width,
 * and greedy word wrapping. One module for the diagrams' boxes, the social cards' titles and the
 * timeline sketch's card titles (measured on its canvas).
 */

/** Estimated width of a string: characters (code points) × font size × average glyph width. */
export function textWidth(text: string, fontSize: number, charWidth: number): number {
	return [...text].length * fontSize * charWidth;
}

/** A string's length in characters (code points). */
const codePoints = (text: string) => [...text].length;

/**
 * Splits text into lines no longer than `max`, breaking between words. `max` counts characters
 * unless `measure` gives another length (a canvas's text width, say). A word longer than a line
 * gets a line of its own, or, with `breakLongWords`, is cut where it must be.
 * @example wrapWords('Clinical commissioning groups', 14) // => ['Clinical', 'commissioning', 'groups']
 * @example wrapWords('abcdefghij x', 4, { breakLongWords: true }) // => ['abcd', 'efgh', 'ij x']
 */
export function wrapWords(text: string, max: number, { breakLongWords = false, measure = codePoints } = {}): string[] {
	const lines: string[] = [];
	let line = '';
	for (let word of text.trim().split(/\s+/).filter(Boolean)) {
		while (breakLongWords && measure(word) > max) {
			if (line) lines.push(line);
			line = '';
			const characters = [...word];
			let cut = characters.length - 1;
			while (cut > 1 && measure(characters.slice(0, cut).join('')) > max) cut -= 1;
			lines.push(characters.slice(0, cut).join(''));
			word = characters.slice(cut).join('');
		}
		const candidate = line ? `${line} ${word}` : word;
		if (!line || measure(candidate) <= max) line = candidate;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	return lines;
}
