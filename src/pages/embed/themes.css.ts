/**
 * `/embed/themes.css`: lets an embed force the light or dark theme (`?theme=`) whatever the
 * reader's system says. Built from tokens.css, so it never drifts from the site's colours.
 */
import type { APIRoute } from 'astro';
import tokensCss from '../../styles/tokens.css?raw';
import { forcedThemeCss, parseThemeTokens } from '../../lib/social/tokens';

export const GET: APIRoute = () =>
	new Response(forcedThemeCss(parseThemeTokens(tokensCss)), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
