/**
 * Module preloads for a built page's islands. An island imports its component and renderer
 * from an inline script, so the browser discovers each file's own imports only after it has
 * fetched and parsed that file: a chain of round trips while the page is still parsing. Links
 * in the head name every file of those import chains up front.
 */

/**
 * The files the page's islands that hydrate on load (`client:load`) import first
 * (`component-url`, `renderer-url`), in page order. Islands that wait to be seen or idle are
 * left out: preloading them would download code a reader may never need.
 */
export function islandEntries(html: string): string[] {
	const onLoad = [...html.matchAll(/<astro-island\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => /\sclient="load"/.test(tag));
	return [...new Set(onLoad.flatMap((tag) => [...tag.matchAll(/\s(?:component|renderer)-url="([^"]+)"/g)].map((match) => match[1]!)))];
}

/**
 * The relative files a built module imports statically (`import … from "./x.js"`,
 * `import "./x.js"`, `export … from "./x.js"`); `import("./x.js")` loads on demand and is left out.
 * @example staticImports('import{t as e}from"./rolldown-runtime.js";import("./lazy.js")') // => ['./rolldown-runtime.js']
 */
export function staticImports(source: string): string[] {
	return [...source.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.\/[^"']+\.js)["']/g)].map((match) => match[1]!);
}

/**
 * Every file the entries import, directly or not, entries included, each once, as absolute
 * paths. `read` gives a built file's source from its path (`/_astro/x.js`).
 */
export function importClosure(entries: readonly string[], read: (path: string) => string): string[] {
	const seen = new Set<string>();
	const visit = (path: string) => {
		if (seen.has(path)) return;
		seen.add(path);
		const folder = path.slice(0, path.lastIndexOf('/') + 1);
		for (const relative of staticImports(read(path))) visit(folder + relative.slice(2));
	};
	entries.forEach(visit);
	return [...seen];
}

/** The page with a `<link rel="modulepreload">` per file put at the end of its head. */
export function withModulePreloads(html: string, files: readonly string[]): string {
	if (files.length === 0) return html;
	return html.replace('</head>', `${files.map((file) => `<link rel="modulepreload" href="${file}">`).join('')}</head>`);
}
