/**
 * Social card images, 1200×630 PNG, one per phase, event and organisation, one for the
 * timeline and one for the rest of the site. Drawn at build time with satori and resvg from
 * the content itself; nothing is fetched.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import tokensCss from '../../styles/tokens.css?raw';
import { getOrganisations, getPhases } from '../../data/collections';
import { getEventViews } from '../../data/events';
import { routes } from '../../lib/routes';
import { CARD_HEIGHT, CARD_WIDTH, layoutCard, type CardContent } from '../../lib/social/card-layout';
import { parseThemeTokens } from '../../lib/social/tokens';
import { formatYearRange } from '../../lib/phases';
import { SITE_TAGLINE, SITE_TITLE } from '../../consts';

type Card = Omit<CardContent, 'siteName' | 'siteHost'>;

export const getStaticPaths = (async () => {
	const [phases, events, organisations] = await Promise.all([getPhases(), getEventViews(), getOrganisations()]);
	const { light } = parseThemeTokens(tokensCss);
	const accent = light['--color-accent']!;
	const cards: { slug: string; card: Card }[] = [
		{ slug: routes.cardSlug(), card: { eyebrow: 'An independent, sourced explainer', title: SITE_TAGLINE, stripe: accent } },
		{
			slug: routes.cardSlug({ section: 'timeline' }),
			card: {
				eyebrow: `Timeline · ${events.length} events`,
				title: 'Who buys our care? Every step from 2006 to 2022',
				detail: phases.map((phase) => phase.shortTitle).join(' · '),
				stripe: accent,
			},
		},
		...phases.map((phase) => ({
			slug: routes.cardSlug({ section: 'phases', id: phase.id }),
			card: {
				eyebrow: `Phase ${phase.order}${phase.span ? ` · ${formatYearRange(phase.span)}` : ''}`,
				title: phase.title,
				detail: phase.summary,
				stripe: accent,
			},
		})),
		...events.map((event) => ({
			slug: routes.cardSlug({ section: 'events', id: event.id }),
			card: {
				eyebrow: `${event.kindLabel} · ${event.dateLabel}`,
				title: event.title,
				detail: `Phase ${event.phase.order}: ${event.phase.shortTitle}`,
				stripe: light[`--kind-${event.kind}`] ?? accent,
			},
		})),
		...organisations.map((org) => ({
			slug: routes.cardSlug({ section: 'organisations', id: org.id }),
			card: {
				eyebrow: 'Who’s who',
				title: org.abbreviation ? `${org.name} (${org.abbreviation})` : org.name,
				detail: org.description,
				stripe: accent,
			},
		})),
	];
	return cards.map(({ slug, card }) => ({ params: { slug }, props: { card } }));
}) satisfies GetStaticPaths;

/** Static .woff files: satori cannot read woff2. */
function font(path: string): Buffer {
	return readFileSync(join(process.cwd(), 'node_modules', path));
}
const fonts = [
	{ name: 'Source Serif 4', weight: 700, style: 'normal', data: font('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff') },
	{ name: 'Public Sans', weight: 400, style: 'normal', data: font('@fontsource/public-sans/files/public-sans-latin-400-normal.woff') },
	{ name: 'Public Sans', weight: 600, style: 'normal', data: font('@fontsource/public-sans/files/public-sans-latin-600-normal.woff') },
] as const;

export const GET: APIRoute = async ({ props, site }) => {
	const { light } = parseThemeTokens(tokensCss);
	const tree = layoutCard(
		{ ...(props.card as Card), siteName: SITE_TITLE, siteHost: site?.host ?? '' },
		{ paper: light['--color-paper']!, ink: light['--color-ink']!, muted: light['--color-ink-muted']!, rule: light['--color-rule']! },
	);
	const svg = await satori(tree as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: [...fonts] });
	// Drawn off the main thread, so the build lays out the next pages and cards meanwhile.
	const png = (await renderAsync(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } })).asPng();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
