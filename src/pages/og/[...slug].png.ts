/**
 * Social card images, 1200×630 PNG, one per phase, event and organisation, one for the
 * timeline and one for the rest of the site. Drawn at build time with satori and resvg from
 * the content itself; nothing is fetched.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import tokensCss from '../../styles/tokens.css?raw';
import { byId, getEvents, getOrganisations, getPhases } from '../../data/collections';
import { CARD_HEIGHT, CARD_WIDTH, layoutCard, type CardContent } from '../../lib/social/card-layout';
import { parseThemeTokens } from '../../lib/social/tokens';
import { KIND_LABELS } from '../../lib/event-kinds';
import { formatPartialDate } from '../../lib/dates';
import { formatYearRange } from '../../lib/phases';
import { SITE_TAGLINE, SITE_TITLE } from '../../consts';

type Card = Omit<CardContent, 'siteName' | 'siteHost'>;

export const getStaticPaths = (async () => {
	const [phases, events, organisations] = await Promise.all([getPhases(), getEvents(), getOrganisations()]);
	const { light } = parseThemeTokens(tokensCss);
	const accent = light['--color-accent']!;
	const phasesById = byId(phases);
	const cards: { slug: string; card: Card }[] = [
		{ slug: 'site', card: { eyebrow: 'An independent, sourced explainer', title: SITE_TAGLINE, stripe: accent } },
		{
			slug: 'timeline',
			card: {
				eyebrow: `Timeline · ${events.length} events`,
				title: 'Who buys our care? Every step from 2006 to 2022',
				detail: phases.map((phase) => phase.shortTitle).join(' · '),
				stripe: accent,
			},
		},
		...phases.map((phase) => ({
			slug: `phases/${phase.id}`,
			card: {
				eyebrow: `Phase ${phase.order}${phase.span ? ` · ${formatYearRange(phase.span)}` : ''}`,
				title: phase.title,
				detail: phase.summary,
				stripe: accent,
			},
		})),
		...events.map((event) => {
			const phase = phasesById.get(event.phase)!;
			return {
				slug: `events/${event.id}`,
				card: {
					eyebrow: `${KIND_LABELS[event.kind]} · ${formatPartialDate(event.date)}`,
					title: event.title,
					detail: `Phase ${phase.order}: ${phase.shortTitle}`,
					stripe: light[`--kind-${event.kind}`] ?? accent,
				},
			};
		}),
		...organisations.map((org) => ({
			slug: `organisations/${org.id}`,
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
	const png = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
