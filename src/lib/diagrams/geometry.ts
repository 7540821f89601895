/**
 * Diagram geometry: places boxes on a grid of rows (tiers) and columns, and routes each
 * relation as a straight segment between two boxes. Parallel relations between the same
 * two boxes (a payment and a contract, say) are drawn side by side, and their labels are
 * staggered along the segment so that they do not sit on top of each other.
 */
import {
	EDGE_KINDS,
	type DiagramEdge,
	type DiagramLayout,
	type DiagramNode,
	type DiagramSpec,
	type LayoutOptions,
	type Point,
	type PositionedEdge,
	type PositionedNode,
} from './types';
import { textWidth, wrapWords } from '../format/text-fit';

/** Sizes for a phone-width drawing and a desktop-width one; both diagrams share them. */
export const NARROW: LayoutOptions = {
	width: 320,
	padding: 6,
	columnGap: 8,
	rowGap: 92,
	maxNodeWidth: 150,
	fontSize: 12,
	lineHeight: 15,
	charWidth: 0.56,
	nodePadding: 6,
	edgeSpacing: 11,
};

export const WIDE: LayoutOptions = {
	...NARROW,
	width: 640,
	columnGap: 28,
	rowGap: 96,
	maxNodeWidth: 190,
	fontSize: 14,
	lineHeight: 18,
	nodePadding: 10,
	edgeSpacing: 12,
};

/** The small line drawn above a box's name, where the name alone does not say what it is. */
export function nodeTag(node: DiagramNode): string | undefined {
	if (node.proposed) return 'Proposed';
	if (node.role === 'private-firm') return 'Private company';
	return undefined;
}

/** Lays out a whole diagram: boxes first, then the edges between them. */
export function layoutDiagram(spec: DiagramSpec, options: LayoutOptions): DiagramLayout {
	const { nodes, height } = layoutNodes(spec, options);
	const byId = new Map(nodes.map((node) => [node.id, node]));
	for (const edge of spec.edges) {
		if (!byId.has(edge.from) || !byId.has(edge.to)) {
			throw new Error(`Diagram edge "${edge.id}" joins an unknown box (${edge.from} → ${edge.to})`);
		}
	}
	const { fontSize, lineHeight, nodePadding } = options;
	return {
		width: options.width,
		height,
		text: { fontSize, lineHeight, nodePadding, labelFontSize: labelFontSize(options) },
		nodes,
		edges: routeEdges(spec.edges, byId, options),
	};
}

/**
 * Places every box: each row takes the height of its tallest box, and a box sits in the
 * middle of its grid cell, so a lone box in column 1 of 3 is centred in the drawing.
 */
export function layoutNodes(
	spec: DiagramSpec,
	options: LayoutOptions,
): { nodes: PositionedNode[]; height: number } {
	const { width, padding, columnGap, rowGap, maxNodeWidth, fontSize, lineHeight, charWidth, nodePadding } =
		options;
	const cellWidth = (width - 2 * padding - columnGap * (spec.columns - 1)) / spec.columns;
	const boxWidth = Math.min(maxNodeWidth, cellWidth);
	const maxChars = Math.max(4, Math.floor((boxWidth - 2 * nodePadding) / (fontSize * charWidth)));
	const tiers = [...new Set(spec.nodes.map((node) => node.tier))].sort((a, b) => a - b);

	const sized = spec.nodes.map((node) => {
		const tag = nodeTag(node);
		const lines = wrapWords(node.label, maxChars);
		const height = (lines.length + (tag ? 1 : 0)) * lineHeight + 2 * nodePadding;
		return { node, tag, lines, height };
	});

	const positioned: PositionedNode[] = [];
	let y = padding;
	for (const tier of tiers) {
		const row = sized.filter(({ node }) => node.tier === tier);
		const rowHeight = Math.max(...row.map(({ height }) => height));
		row.forEach(({ node, tag, lines, height }, index) => {
			const column = node.column ?? spreadColumn(index, row.length, spec.columns);
			if (column < 0 || column > spec.columns - 1) {
				throw new Error(`Diagram box "${node.id}" is in column ${column}, outside 0–${spec.columns - 1}`);
			}
			const cellX = padding + column * (cellWidth + columnGap);
			positioned.push({
				...node,
				x: round(cellX + (cellWidth - boxWidth) / 2),
				y: round(y + (rowHeight - height) / 2),
				width: round(boxWidth),
				height,
				tag,
				lines,
			});
		});
		y += rowHeight + rowGap;
	}
	// Keep the input order so renderers and tests see boxes in the order the data lists them.
	const order = new Map(spec.nodes.map((node, index) => [node.id, index]));
	positioned.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
	return { nodes: positioned, height: round(y - rowGap + padding) };
}

/** Where the index-th of `count` boxes goes when the data gives no column: spread evenly. */
function spreadColumn(index: number, count: number, columns: number): number {
	if (count === 1) return (columns - 1) / 2;
	return (index * (columns - 1)) / (count - 1);
}

/**
 * Routes every edge as a straight segment from box to box. Edges that join the same two
 * boxes are offset sideways, in legend order (money, contract, accountability, …), and their
 * labels are spread along the segment.
 */
export function routeEdges(
	edges: readonly DiagramEdge[],
	nodes: ReadonlyMap<string, PositionedNode>,
	options: LayoutOptions,
): PositionedEdge[] {
	const groups = new Map<string, DiagramEdge[]>();
	for (const edge of edges) {
		const key = [edge.from, edge.to].sort().join('\u0000');
		groups.set(key, [...(groups.get(key) ?? []), edge]);
	}
	const routed = new Map<string, PositionedEdge>();
	for (const group of groups.values()) {
		const ordered = [...group].sort(
			(a, b) => EDGE_KINDS.indexOf(a.kind) - EDGE_KINDS.indexOf(b.kind) || a.id.localeCompare(b.id),
		);
		ordered.forEach((edge, index) => {
			const slot = index - (ordered.length - 1) / 2;
			routed.set(edge.id, routeEdge(edge, nodes.get(edge.from)!, nodes.get(edge.to)!, slot, ordered.length, options));
		});
	}
	return edges.map((edge) => routed.get(edge.id)!);
}

/** Routes one edge; `slot` is its signed position among `count` parallel edges. */
function routeEdge(
	edge: DiagramEdge,
	from: PositionedNode,
	to: PositionedNode,
	slot: number,
	count: number,
	options: LayoutOptions,
): PositionedEdge {
	// Offsets are measured against one canonical direction for the pair (from the box whose
	// id sorts first), so A→B and B→A edges lie on opposite sides rather than on top of each other.
	const [first, second] = from.id < to.id ? [from, to] : [to, from];
	const a = centre(first);
	const b = centre(second);
	const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
	const normal = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
	const shift = slot * options.edgeSpacing;
	const shifted = (point: Point) => ({ x: point.x + normal.x * shift, y: point.y + normal.y * shift });
	const fromCentre = shifted(centre(from));
	const toCentre = shifted(centre(to));
	const start = exitPoint(fromCentre, toCentre, from);
	const end = exitPoint(toCentre, fromCentre, to);
	// Labels of parallel edges sit at different distances along the segment, measured in the
	// pair's canonical direction so that an edge and its reverse do not share a spot.
	const canonical = count === 1 ? 0.5 : 0.5 + (slot / count) * 0.7;
	// An absent relation often runs past the boxes between its ends: its label sits near the
	// far end, on the body it is missing from.
	const along = edge.absent ? 0.78 : from === first ? canonical : 1 - canonical;
	const labelAt = {
		x: round(start.x + (end.x - start.x) * along),
		y: round(start.y + (end.y - start.y) * along),
	};
	const labelWidth = edge.label
		? round(textWidth(edge.label, labelFontSize(options), options.charWidth) + 6)
		: 0;
	return { ...edge, start, end, labelAt, labelWidth };
}

/** Edge labels are set a little smaller than box names, so they read as annotations. */
function labelFontSize(options: LayoutOptions): number {
	return round(options.fontSize * 0.85);
}

/** Centre of a box. */
export function centre(node: { x: number; y: number; width: number; height: number }): Point {
	return { x: node.x + node.width / 2, y: node.y + node.height / 2 };
}

/**
 * Where the segment from `inside` (a point within `box`) towards `outside` crosses the box's
 * border. Slab method: the smallest positive parameter at which x or y reaches an edge.
 */
export function exitPoint(
	inside: Point,
	outside: Point,
	box: { x: number; y: number; width: number; height: number },
): Point {
	const dx = outside.x - inside.x;
	const dy = outside.y - inside.y;
	const limits: number[] = [];
	if (dx > 0) limits.push((box.x + box.width - inside.x) / dx);
	if (dx < 0) limits.push((box.x - inside.x) / dx);
	if (dy > 0) limits.push((box.y + box.height - inside.y) / dy);
	if (dy < 0) limits.push((box.y - inside.y) / dy);
	const t = Math.max(0, Math.min(1, ...limits));
	return { x: round(inside.x + dx * t), y: round(inside.y + dy * t) };
}

/** Rounds to 2 decimal places so layouts are stable and readable in the SVG. */
export function round(value: number): number {
	return Math.round(value * 100) / 100;
}
