/**
 * Reads the colour tokens out of src/styles/tokens.css, so images and the embed's forced
 * themes use the same colours as the pages (tokens.css stays the one place colours live).
 */

export interface ThemeTokens {
	light: Record<string, string>;
	dark: Record<string, string>;
}

const DARK_BLOCK = '@media (prefers-color-scheme: dark)';
const DECLARATION = /(--[a-z0-9-]+)\s*:\s*([^;]+);/g;

function declarations(css: string): Record<string, string> {
	const found: Record<string, string> = {};
	for (const [, name, value] of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(DECLARATION)) {
		found[name!] = value!.trim();
	}
	return found;
}

/** The custom properties of the light `:root` block and of the dark-scheme block. */
export function parseThemeTokens(css: string): ThemeTokens {
	const split = css.indexOf(DARK_BLOCK);
	if (split === -1) return { light: declarations(css), dark: {} };
	return { light: declarations(css.slice(0, split)), dark: declarations(css.slice(split)) };
}

/** Only colour tokens (`#…` values) move between themes. */
function colourDeclarations(tokens: Record<string, string>): string {
	return Object.entries(tokens)
		.filter(([, value]) => /^#[0-9a-f]{3,8}$/i.test(value))
		.map(([name, value]) => `${name}:${value}`)
		.join(';');
}

/**
 * CSS that lets `data-theme="light"` or `"dark"` on the root element override the reader's
 * system setting, built from the same tokens.
 */
export function forcedThemeCss(tokens: ThemeTokens): string {
	return (
		`:root[data-theme='light']{color-scheme:light;${colourDeclarations(tokens.light)}}\n` +
		`:root[data-theme='dark']{color-scheme:dark;${colourDeclarations(tokens.dark)}}\n`
	);
}
