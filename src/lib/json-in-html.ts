/**
 * JSON to put inside an HTML `<script>` element (`type="application/json"` or
 * `"application/ld+json"`). The HTML parser ends a script at the first `</script`, whatever
 * the JSON means, so every `<` is written as `\u003c` (and `>` and `&` likewise, so no `<!--`
 * or entity-like run survives). U+2028 and U+2029 are escaped too, for readers that treat the
 * text as JavaScript. JSON.parse reads the result back unchanged.
 * @example jsonForScript({ title: '</script>' }) // '{"title":"\\u003c/script\\u003e"}'
 */
export function jsonForScript(data: unknown): string {
	return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
