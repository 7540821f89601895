/**
 * The layout of a 1200×630 social card: which font size the title gets, how it wraps and
 * where it is cut, as a tree of plain objects that satori renders. Pure: no fonts are read
 * here, widths are estimated from average glyph widths (deliberately on the wide side, so
 * estimated lines never overflow when rendered).
 */
import { wrapWords } from '../format/text-fit';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Left colour band, padding and the space the text may use. */
const STRIPE = 24;
const PAD_X = 72;
const PAD_Y = 60;
export const TEXT_WIDTH = CARD_WIDTH - STRIPE - 2 * PAD_X;

/** Average advance of one character, in ems, for each face the card uses. */
export const CHAR_WIDTH = { serifBold: 0.54, sans: 0.56, sansBold: 0.6 } as const;

const TITLE_LINE_HEIGHT = 1.12;
/** Title sizes tried from largest down; the smallest is still legible as a thumbnail. */
export const TITLE_SIZES = [76, 68, 60, 54, 48] as const;
const EYEBROW_SIZE = 30;
const DETAIL_SIZE = 32;
const FOOTER_SIZE = 32;
/** Vertical room for the title once eyebrow, detail and footer have theirs. */
const TITLE_HEIGHT_WITH_DETAIL = 282;
const TITLE_HEIGHT_ALONE = 372;

export interface FittedText {
	fontSize: number;
	lines: string[];
	/** True when the text was cut and ends with an ellipsis. */
	truncated: boolean;
}

/**
 * Greedy word wrap to a width. A word longer than a whole line is broken where it must be.
 * @example wrapText('a b c', 2, 1, 1) // => ['a', 'b', 'c']
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, charWidth: number): string[] {
	return wrapWords(text, Math.max(1, Math.floor(maxWidth / (fontSize * charWidth))), { breakLongWords: true });
}

/** Cuts lines to `maxLines`, ending the last kept line with an ellipsis that fits. */
function clampLines(lines: string[], maxLines: number, maxChars: number): { lines: string[]; truncated: boolean } {
	if (lines.length <= maxLines) return { lines, truncated: false };
	const kept = lines.slice(0, maxLines);
	let last = `${kept[maxLines - 1]} ${lines[maxLines]}`;
	while ([...last].length + 1 > maxChars || /\s$/.test(last)) {
		const cut = last.lastIndexOf(' ');
		last = cut > 0 && [...last].length - cut < 20 ? last.slice(0, cut) : [...last].slice(0, -1).join('');
	}
	kept[maxLines - 1] = `${last.replace(/[\s,;:.–-]+$/, '')}…`;
	return { lines: kept, truncated: true };
}

/**
 * The largest of `sizes` at which the text fits in `maxHeight`; if none does, the smallest
 * size, cut to fit with an ellipsis.
 */
export function fitText(
	text: string,
	{ maxWidth, maxHeight, sizes, lineHeight, charWidth }: {
		maxWidth: number;
		maxHeight: number;
		sizes: readonly number[];
		lineHeight: number;
		charWidth: number;
	},
): FittedText {
	for (const fontSize of sizes) {
		const lines = wrapText(text, maxWidth, fontSize, charWidth);
		if (lines.length * fontSize * lineHeight <= maxHeight) return { fontSize, lines, truncated: false };
	}
	const fontSize = sizes.at(-1)!;
	const maxLines = Math.max(1, Math.floor(maxHeight / (fontSize * lineHeight)));
	const maxChars = Math.floor(maxWidth / (fontSize * charWidth));
	return { fontSize, ...clampLines(wrapText(text, maxWidth, fontSize, charWidth), maxLines, maxChars) };
}

/** What a card says. */
export interface CardContent {
	/** Small line above the title: what the page is and when (`Event · June 2006`). */
	eyebrow: string;
	title: string;
	/** Optional line under the title (`Phase 1: PCT outsourcing plan`). */
	detail?: string;
	siteName: string;
	/** The site's host name, shown so a reader knows where the link goes. */
	siteHost: string;
	/** Colour of the left band (an event kind, or the site accent). */
	stripe: string;
}

/** The colours a card is drawn in, taken from the light theme tokens. */
export interface CardColours {
	paper: string;
	ink: string;
	muted: string;
	rule: string;
}

/** A node satori can render: the shape of a React element, without React. */
export interface CardNode {
	type: string;
	props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | string };
}

function node(style: CardNode['props']['style'], children: CardNode['props']['children']): CardNode {
	return { type: 'div', props: { style, children } };
}

function oneLine(text: string, fontSize: number, charWidth: number): string {
	return fitText(text, { maxWidth: TEXT_WIDTH, maxHeight: fontSize * 1.3, sizes: [fontSize], lineHeight: 1.3, charWidth })
		.lines[0]!;
}

/** The card as a satori tree. Fonts named here must be passed to satori. */
export function layoutCard(content: CardContent, colours: CardColours): CardNode {
	const title = fitText(content.title, {
		maxWidth: TEXT_WIDTH,
		maxHeight: content.detail ? TITLE_HEIGHT_WITH_DETAIL : TITLE_HEIGHT_ALONE,
		sizes: TITLE_SIZES,
		lineHeight: TITLE_LINE_HEIGHT,
		charWidth: CHAR_WIDTH.serifBold,
	});
	const detail = content.detail
		? fitText(content.detail, {
				maxWidth: TEXT_WIDTH,
				maxHeight: DETAIL_SIZE * 1.3 * 2,
				sizes: [DETAIL_SIZE],
				lineHeight: 1.3,
				charWidth: CHAR_WIDTH.sans,
			})
		: undefined;
	const sans = { fontFamily: 'Public Sans', color: colours.muted };
	const body = node(
		{
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			// Satori sizes boxes without their padding, so the padding is taken off here.
			width: CARD_WIDTH - STRIPE - 2 * PAD_X,
			height: CARD_HEIGHT - 2 * PAD_Y,
			margin: `${PAD_Y}px ${PAD_X}px`,
		},
		[
			node({ ...sans, display: 'flex', fontSize: EYEBROW_SIZE, fontWeight: 600, letterSpacing: 0.5 }, [
				oneLine(content.eyebrow, EYEBROW_SIZE, CHAR_WIDTH.sansBold),
			]),
			node({ display: 'flex', flexDirection: 'column', gap: 20 }, [
				node(
					{
						display: 'flex',
						flexDirection: 'column',
						fontFamily: 'Source Serif 4',
						fontWeight: 700,
						fontSize: title.fontSize,
						lineHeight: TITLE_LINE_HEIGHT,
						color: colours.ink,
					},
					title.lines.map((line) => node({ display: 'flex', whiteSpace: 'nowrap' }, [line])),
				),
				...(detail
					? [
							node(
								{ ...sans, display: 'flex', flexDirection: 'column', fontSize: DETAIL_SIZE, lineHeight: 1.3 },
								detail.lines.map((line) => node({ display: 'flex', whiteSpace: 'nowrap' }, [line])),
							),
						]
					: []),
			]),
			node(
				{
					display: 'flex',
					justifyContent: 'space-between',
					alignItems: 'baseline',
					borderTop: `2px solid ${colours.rule}`,
					paddingTop: 20,
					fontSize: FOOTER_SIZE,
				},
				[
					node({ display: 'flex', fontFamily: 'Source Serif 4', fontWeight: 700, color: colours.ink }, [content.siteName]),
					node({ ...sans, display: 'flex', fontSize: FOOTER_SIZE - 4 }, [content.siteHost]),
				],
			),
		],
	);
	return node(
		{ display: 'flex', width: CARD_WIDTH, height: CARD_HEIGHT, backgroundColor: colours.paper },
		[node({ display: 'flex', width: STRIPE, height: CARD_HEIGHT, backgroundColor: content.stripe }, []), body],
	);
}
