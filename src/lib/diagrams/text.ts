/** Text helpers for diagrams: wrapping and width estimates without measuring in a browser. */

/**
 * Splits text into lines of at most `maxChars` characters, breaking between words; a word
 * longer than the limit gets a line of its own rather than being cut.
 * @example wrapLabel('Clinical commissioning groups', 14) // => ['Clinical', 'commissioning', 'groups']
 */
export function wrapLabel(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	let current = '';
	for (const word of text.trim().split(/\s+/)) {
		if (!current) current = word;
		else if (current.length + 1 + word.length <= maxChars) current += ` ${word}`;
		else {
			lines.push(current);
			current = word;
		}
	}
	if (current) lines.push(current);
	return lines;
}

/** A generous estimate of how wide `text` renders at `fontSize`, given an average glyph width. */
export function estimateTextWidth(text: string, fontSize: number, charWidth: number): number {
	return text.length * fontSize * charWidth;
}
