/**
 * Fitting text without measuring it in a browser: width estimates from an average glyph width,
 * and greedy word wrapping. One module for the diagrams' boxes and the social cards' titles.
 */

/** Estimated width of a string: characters (code points) × font size × average glyph width. */
export function textWidth(text: string, fontSize: number, charWidth: number): number {
	return [...text].length * fontSize * charWidth;
}

/**
 * Splits text into lines of at most `maxChars` characters, breaking between words. A word longer
 * than a line gets a line of its own, or, with `breakLongWords`, is cut where it must be.
 * @example wrapWords('Clinical commissioning groups', 14) // => ['Clinical', 'commissioning', 'groups']
 * @example wrapWords('abcdefghij x', 4, { breakLongWords: true }) // => ['abcd', 'efgh', 'ij x']
 */
export function wrapWords(text: string, maxChars: number, { breakLongWords = false } = {}): string[] {
	const lines: string[] = [];
	let line = '';
	for (let word of text.trim().split(/\s+/).filter(Boolean)) {
		while (breakLongWords && [...word].length > maxChars) {
			if (line) lines.push(line);
			line = '';
			lines.push([...word].slice(0, maxChars).join(''));
			word = [...word].slice(maxChars).join('');
		}
		const candidate = line ? `${line} ${word}` : word;
		if (!line || [...candidate].length <= maxChars) line = candidate;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	return lines;
}
