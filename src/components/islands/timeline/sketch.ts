/**
 * The wide stage drawn on one canvas while a zoom or pan gesture is under way. Moving every
 * card, tick, stem and band of the page each frame costs the browser style, layout, paint and
 * compositing work for each of them, and remaking the layout mid-gesture creates new cards;
 * at 4x CPU that is two to four times a frame's budget. A canvas redraws the view in one pass,
 * and this one is drawn off the main thread, in ./sketch-worker.ts on an OffscreenCanvas.
 * The marks themselves (buttons in the accessibility tree) stay in the page under it, still,
 * while it shows; they are laid out anew once the gesture settles (Timeline.tsx).
 * Positions come from lib/timeline/stage-placement.ts, as the marks' do; colours and fonts
 * from the page's stylesheet (read by ./sketch-client.ts), so both themes match.
 */
import { stageRows, type StageDimensions } from '../../../lib/timeline/dimensions';
import type { HorizontalLayout } from '../../../lib/timeline/layout';
import type { TimelineMark } from '../../../lib/timeline/marks';
import type { StagePlacer } from '../../../lib/timeline/stage-placement';
import { KIND_LABELS, type EventKind, type TimelineEvent } from '../../../lib/timeline/types';
import { wrapWords } from '../../../lib/format/text-fit';

type Context = OffscreenCanvasRenderingContext2D;

/** What the sketch draws with besides the layout: the stage's size, the theme and the open event. */
export interface SketchOptions {
	/** The stage's width in css pixels. */
	width: number;
	/** Device pixels per css pixel. */
	ratio: number;
	dims: StageDimensions;
	theme: SketchTheme;
	openId: string | undefined;
}

/** The stylesheet's colours and type, read once per gesture (timeline.css and tokens.css). */
export interface SketchTheme {
	paper: string;
	surface: string;
	ink: string;
	muted: string;
	rule: string;
	accent: string;
	kinds: Record<EventKind, string>;
	/** Each phase's band colour, by the phase's order. */
	phases: Record<number, string>;
	family: string;
	/** The timeline's text size (ticks and bands), in px. */
	size: number;
	/** Every value above in one string: themes that draw alike have the same key. */
	key: string;
}

/** A card's text in timeline.css's sizes: 13 px at a line height of 1.15, 3 px above, 8 px each side, a 5 px kind border on the left. */
const CARD = { size: 13, line: 13 * 1.15, padTop: 3, padX: 8, edge: 5, radius: 4 } as const;

/**
 * Sprites of one size: each card or dot is drawn once into an image of its own and copied onto
 * the sketch each frame, since shaping a card's text anew every frame cost more than the frame.
 * Every sprite is drawn on one scratch canvas and taken from it as a bitmap. Allocating pixels
 * is what costs in a worker (measured in the bench's browser: about 3.5 ms for each new canvas
 * and context, 2 ms for the scratch canvas's next backing after each bitmap is taken, 0.2 ms to
 * draw a card); pages of several sprites and one shared atlas were tried and cost more. At most
 * `size` are kept; the one used longest ago goes first.
 */
class Sprites {
	private readonly scratch: OffscreenCanvas;
	private readonly context: Context;
	/** By key, in order of last use. */
	private readonly images = new Map<string, ImageBitmap>();

	constructor(
		width: number,
		height: number,
		private readonly ratio: number,
		private readonly size: number,
	) {
		this.scratch = new OffscreenCanvas(Math.ceil(width * ratio), Math.ceil(height * ratio));
		this.context = this.scratch.getContext('2d')!;
	}

	/** Copies the sprite `key` to (x, y) on `target`, drawing it first with `paint` if it is not kept. */
	draw(target: Context, key: string, x: number, y: number, paint: (context: Context) => void): void {
		let image = this.images.get(key);
		if (image) {
			this.images.delete(key);
		} else {
			const { context, ratio } = this;
			context.save();
			context.setTransform(ratio, 0, 0, ratio, 0, 0);
			paint(context);
			context.restore();
			// Taking the bitmap leaves the scratch canvas blank for the next sprite.
			image = this.scratch.transferToImageBitmap();
			if (this.images.size >= this.size) {
				const [oldest, old] = this.images.entries().next().value!;
				old.close();
				this.images.delete(oldest);
			}
		}
		this.images.set(key, image);
		target.drawImage(image, x, y, image.width / this.ratio, image.height / this.ratio);
	}

	/** Frees every sprite's memory. */
	close(): void {
		for (const image of this.images.values()) image.close();
	}
}

/** A dot's sprite spans its focus ring: 16 px each side of its centre. */
const DOT_SPRITE = 32;
/** Sprites kept for cards (about 26 fit the stage at once) and for dots (one per kind and per cluster size, and the open event's). */
const CARDS_KEPT = 200;
const DOTS_KEPT = 128;

/** The sprites for the theme, ratio and card size they were drawn at: a new theme draws anew. */
let sprites: { key: string; cards: Sprites; dots: Sprites } | undefined;
function spritesFor(theme: SketchTheme, ratio: number, dims: StageDimensions) {
	const key = `${theme.key}|${ratio}|${dims.cardWidth}x${dims.cardHeight}`;
	if (sprites?.key === key) return sprites;
	sprites?.cards.close();
	sprites?.dots.close();
	sprites = { key, cards: new Sprites(dims.cardWidth, dims.cardHeight, ratio, CARDS_KEPT), dots: new Sprites(DOT_SPRITE, DOT_SPRITE, ratio, DOTS_KEPT) };
	return sprites;
}

/** Text widths by font and text: measuring shapes the text, as drawing does. */
const widths = new Map<string, number>();

function measuredWidth(context: Context, text: string): number {
	const key = `${context.font}|${text}`;
	let width = widths.get(key);
	if (width === undefined) {
		width = context.measureText(text).width;
		widths.set(key, width);
	}
	return width;
}

/** One card at the origin, as timeline.css draws it: kind border, date, kind and sum on the top line, up to four lines of title. */
function drawCard(context: Context, event: TimelineEvent, current: boolean, dims: StageDimensions, theme: SketchTheme, kindLabel: string) {
	const inner = dims.cardWidth - CARD.edge - 1 - 2 * CARD.padX;
	const left = CARD.edge + CARD.padX;
	const middle = (line: number) => 1 + CARD.padTop + CARD.line * (line + 0.5) + (line > 0 ? 1 : 0);
	context.beginPath();
	context.roundRect(0.5, 0.5, dims.cardWidth - 1, dims.cardHeight - 1, CARD.radius);
	context.fillStyle = current ? theme.surface : theme.paper;
	context.fill();
	context.strokeStyle = current ? theme.ink : theme.rule;
	context.lineWidth = current ? 2 : 1;
	context.stroke();
	context.fillStyle = theme.kinds[event.kind];
	context.fillRect(0, 0, CARD.edge, dims.cardHeight);
	context.textBaseline = 'middle';
	context.font = `700 ${CARD.size}px ${theme.family}`;
	const sumWidth = event.sum ? context.measureText(event.sum).width + CARD.padX : 0;
	if (event.sum) {
		context.fillStyle = theme.accent;
		context.textAlign = 'end';
		context.fillText(event.sum, dims.cardWidth - 1 - CARD.padX, middle(0));
		context.textAlign = 'start';
	}
	context.font = `400 ${CARD.size}px ${theme.family}`;
	context.fillStyle = theme.muted;
	context.fillText(event.dateLabel, left, middle(0));
	// The kind shows whole beside the date and sum, or not at all.
	const kind = ` · ${kindLabel}`;
	const dateWidth = context.measureText(event.dateLabel).width;
	if (dateWidth + context.measureText(kind).width + sumWidth <= inner) context.fillText(kind, left + dateWidth, middle(0));
	context.font = `600 ${CARD.size}px ${theme.family}`;
	context.fillStyle = theme.ink;
	// Title lines below the top line that the card's fixed height shows (it hides the rest).
	const lines = Math.floor((dims.cardHeight - 2 - CARD.padTop - CARD.line - 1) / CARD.line);
	wrapWords(event.title, inner, { measure: (text) => context.measureText(text).width })
		.slice(0, lines)
		.forEach((line, index) => context.fillText(line, left, middle(index + 1)));
}

/**
 * Draws the layout at the placer's transform on `canvas` (sized here to the stage, `width` css
 * px wide), the open event's mark ringed as on the page.
 */
export function drawSketch(canvas: OffscreenCanvas, layout: HorizontalLayout, at: StagePlacer, options: SketchOptions): void {
	const { width, ratio, dims, theme, openId } = options;
	const rows = stageRows(layout.bandRows, dims);
	const height = rows.height;
	if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
		canvas.width = Math.round(width * ratio);
		canvas.height = Math.round(height * ratio);
	}
	const context = canvas.getContext('2d');
	if (!context) return;
	const { cards: cardSprites, dots: dotSprites } = spritesFor(theme, ratio, dims);
	context.setTransform(ratio, 0, 0, ratio, 0, 0);
	// Opaque: it hides the marks under it.
	context.fillStyle = theme.paper;
	context.fillRect(0, 0, width, height);
	context.textBaseline = 'middle';
	const inView = (left: number, extent: number) => left + at.pan < width && left + extent + at.pan > 0;

	// Bands, with the phase's name and who bought care each whole or not at all.
	context.font = `700 ${theme.size}px ${theme.family}`;
	for (const band of layout.bands) {
		const box = at.band(band);
		// As on the page, a label may show in the free row past its band's end, even with the band out of view.
		if (box.left + Math.max(box.width, box.labelWidth) < 0 || box.left > width) continue;
		context.fillStyle = theme.phases[band.phase.order] ?? theme.surface;
		context.fillRect(box.left, box.top, box.width, dims.bandHeight);
		context.fillStyle = theme.rule;
		context.fillRect(box.left, box.top, 1, dims.bandHeight);
		context.fillRect(box.left + box.width - 1, box.top, 1, dims.bandHeight);
		const room = box.labelWidth - box.labelOffset;
		const name = measuredWidth(context, band.phase.shortTitle);
		if (name > room) continue;
		const y = box.top + dims.bandHeight / 2;
		context.fillStyle = theme.ink;
		context.fillText(band.phase.shortTitle, box.left + box.labelOffset, y);
		context.font = `400 ${theme.size}px ${theme.family}`;
		const commissioner = ` · ${band.phase.commissioner}`;
		if (name + measuredWidth(context, commissioner) <= room) context.fillText(commissioner, box.left + box.labelOffset + name, y);
		context.font = `700 ${theme.size}px ${theme.family}`;
	}

	// The axis: its foot, ticks with their labels, and each card's span of time.
	context.translate(at.pan, 0);
	context.fillStyle = theme.muted;
	context.fillRect(-at.pan, rows.axis + dims.axisHeight - 1, width, 1);
	for (const major of [false, true]) {
		context.font = `${major ? 600 : 400} ${theme.size}px ${theme.family}`;
		for (const tick of layout.ticks) {
			if (tick.major !== major) continue;
			const x = at.x(tick.position);
			if (!inView(x, 80)) continue;
			context.fillStyle = major ? theme.muted : theme.rule;
			context.fillRect(x, rows.axis, 1, dims.axisHeight);
			context.fillStyle = major ? theme.ink : theme.muted;
			context.fillText(tick.label, x + 5, rows.axis + theme.size * 0.8);
		}
	}
	const marks = layout.marks.filter((mark) => {
		const box = at.mark(mark);
		return inView(box.left, box.width);
	});
	const cards = layout.marks.filter((mark) => mark.shape === 'card' && (inView(at.mark(mark).left, dims.cardWidth) || inView(at.stem(mark).left, at.stem(mark).width)));
	for (const mark of cards) {
		const span = at.span(mark);
		if (!inView(span.left, span.width)) continue;
		context.fillStyle = theme.kinds[mark.events[0]!.kind];
		context.fillRect(span.left, rows.axis + dims.axisHeight - 6, span.width, 6);
	}

	// Stems from each card's date, under the cards.
	context.fillStyle = theme.muted;
	for (const mark of cards) {
		const stem = at.stem(mark);
		context.fillRect(stem.anchor, stem.top, 1, stem.height);
		context.fillRect(stem.left, stem.top + stem.height - 1, stem.width + 1, 1);
	}

	drawDots(context, dotSprites, marks.filter((mark) => mark.shape === 'dot'), at, theme, openId);
	drawCards(context, cardSprites, marks.filter((mark) => mark.shape === 'card'), at, dims, theme, openId);
	context.setTransform(1, 0, 0, 1, 0, 0);
}

function drawDots(context: Context, sprites: Sprites, dots: TimelineMark[], at: StagePlacer, theme: SketchTheme, openId: string | undefined) {
	for (const mark of dots) {
		const box = at.mark(mark);
		const cluster = mark.type === 'cluster';
		const current = mark.events.some((event) => event.id === openId);
		// Centred on the dot's target, a square box.width wide.
		sprites.draw(context, `${cluster ? mark.events.length : mark.events[0]!.kind}|${current}`, box.left + (box.width - DOT_SPRITE) / 2, box.top + (box.width - DOT_SPRITE) / 2, (sprite) => drawDot(sprite, mark, current, theme));
	}
}

/** One dot centred in its sprite, as timeline.css draws it: a cluster shows its count, the open event's dot a ring. */
function drawDot(context: Context, mark: TimelineMark, current: boolean, theme: SketchTheme) {
	const centre = DOT_SPRITE / 2;
	const cluster = mark.type === 'cluster';
	const radius = cluster ? 11 : 6;
	const circle = (r: number, fill: string) => {
		context.beginPath();
		context.arc(centre, centre, r, 0, 2 * Math.PI);
		context.fillStyle = fill;
		context.fill();
	};
	if (current) {
		circle(radius + 5, theme.ink);
		circle(radius + 3, theme.paper);
	}
	circle(radius, theme.paper);
	circle(radius - 1, cluster ? theme.ink : theme.kinds[mark.events[0]!.kind]);
	if (!cluster) return;
	context.font = `700 11px ${theme.family}`;
	context.textAlign = 'center';
	context.textBaseline = 'middle';
	context.fillStyle = theme.paper;
	context.fillText(String(mark.events.length), centre, centre + 0.5);
}

function drawCards(context: Context, sprites: Sprites, cards: TimelineMark[], at: StagePlacer, dims: StageDimensions, theme: SketchTheme, openId: string | undefined) {
	for (const mark of cards) {
		const event = mark.events[0]!;
		const box = at.mark(mark);
		const current = event.id === openId;
		sprites.draw(context, `${event.id}|${current}`, box.left, box.top, (sprite) => drawCard(sprite, event, current, dims, theme, KIND_LABELS[event.kind]));
	}
}

/** Clears the sketch, showing the marks under it again. */
export function clearSketch(canvas: OffscreenCanvas): void {
	canvas.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
}
