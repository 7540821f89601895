/**
 * The shapes shared by both explanatory diagrams: what a diagram says (nodes and the
 * relations between them) and where it is drawn (the layout). Pure data, no DOM.
 */

/** What a box stands for; the renderer styles each role and names it in the text equivalent. */
export type NodeRole = 'government' | 'commissioner' | 'support' | 'private-firm' | 'prime-contractor' | 'provider';

/**
 * What a line means. Each kind has its own line style, arrowhead and label, so the
 * diagram never relies on colour alone:
 * - `money`: the source pays the target;
 * - `contract`: the source holds a contract with the target (it awards, the target delivers);
 * - `accountability`: the source answers to the target;
 * - `advice`: the source advises or works for the target on commissioning;
 * - `membership`: the source sits on the target's board.
 */
export type EdgeKind = 'money' | 'contract' | 'accountability' | 'advice' | 'membership';

/** Every edge kind, in the order the legend and the text equivalent list them. */
export const EDGE_KINDS: readonly EdgeKind[] = ['money', 'contract', 'accountability', 'advice', 'membership'];

/** One body in a diagram. */
export interface DiagramNode {
	/** Stable within one diagram; the same body keeps its id from step to step. */
	id: string;
	/** The name drawn in the box (`Clinical commissioning groups`). */
	label: string;
	/** The name inside a sentence, where it differs from the label (`private and voluntary providers`). */
	inText?: string;
	/** True when the label names several bodies, so the text equivalent says "pay", not "pays". */
	plural?: boolean;
	role: NodeRole;
	/** Row from the top: 0 for government, increasing towards the providers. */
	tier: number;
	/** Column in the diagram's grid (0 = left); omitted, the row's boxes spread evenly. */
	column?: number;
	/** True when the body was proposed but did not (yet) exist in this form. */
	proposed?: boolean;
}

/** One relation between two bodies, read as "`from` <kind> `to`". */
export interface DiagramEdge {
	id: string;
	from: string;
	to: string;
	kind: EdgeKind;
	/** Short words drawn on the line (`pays`, `answers to`); omitted where the legend suffices. */
	label?: string;
	/** True when the relation was proposed rather than in force. */
	proposed?: boolean;
	/**
	 * True for a relation that does not exist but a reader might assume does (the CCG's
	 * contract with a sub-contractor): said in the text equivalent, drawn crossed out while
	 * the trace is open.
	 */
	absent?: boolean;
}

/** What a diagram says, before any geometry. */
export interface DiagramSpec {
	/** How many columns the grid has; every `column` is below it. */
	columns: number;
	nodes: DiagramNode[];
	edges: DiagramEdge[];
}

/** Sizes that drive the layout; all in SVG user units. */
export interface LayoutOptions {
	/** Width of the drawing (the SVG viewBox width). */
	width: number;
	/** Space kept clear around the drawing. */
	padding: number;
	/** Horizontal gap between boxes in one row. */
	columnGap: number;
	/** Vertical gap between rows; edges and their labels live here. */
	rowGap: number;
	/** Widest a box may grow. */
	maxNodeWidth: number;
	fontSize: number;
	lineHeight: number;
	/** Average glyph width as a share of the font size, used to wrap labels without measuring. */
	charWidth: number;
	/** Inner padding of a box. */
	nodePadding: number;
	/** Distance between parallel edges joining the same two boxes. */
	edgeSpacing: number;
}

export interface Point {
	x: number;
	y: number;
}

/** A box with its position (top-left corner) and wrapped label lines. */
export interface PositionedNode extends DiagramNode {
	x: number;
	y: number;
	width: number;
	height: number;
	/** A small line above the name saying what sort of body it is, where that is not obvious. */
	tag: string | undefined;
	/** The name, wrapped to fit the box. */
	lines: string[];
}

/** A routed edge: a straight segment clipped to the two boxes, and where its label sits. */
export interface PositionedEdge extends DiagramEdge {
	start: Point;
	end: Point;
	/** Centre of the label. */
	labelAt: Point;
	/** Estimated width of the label text, for its background halo. */
	labelWidth: number;
}

/** The whole drawing: plain numbers a renderer maps to SVG. */
export interface DiagramLayout {
	width: number;
	height: number;
	/** The type sizes the boxes were measured with, so the renderer draws text to match. */
	text: Pick<LayoutOptions, 'fontSize' | 'lineHeight' | 'nodePadding'> & { labelFontSize: number };
	nodes: PositionedNode[];
	edges: PositionedEdge[];
}
