/**
 * Draws a ready-made DiagramLayout as SVG. It computes nothing: positions come from
 * src/lib/diagrams/geometry.ts. The SVG is hidden from assistive technology because the
 * figure's text equivalent says everything it shows.
 */
import type { DiagramLayout, EdgeKind, PositionedEdge, PositionedNode } from '../../lib/diagrams/types';

interface Props {
	layout: DiagramLayout;
	/** Makes marker ids unique on the page (several diagrams may share one). */
	idPrefix: string;
	/** Extra class, e.g. to pick the narrow or wide variant. */
	className?: string;
	/** Edges and boxes on the traced path; when given, everything else is dimmed. */
	traced?: { nodeIds: readonly string[]; edgeIds: readonly string[] };
}

/** Which markers each kind of line carries at its start and end. */
export const MARKERS: Record<EdgeKind, { start?: string; end: string }> = {
	money: { end: 'triangle' },
	contract: { start: 'diamond', end: 'diamond' },
	accountability: { end: 'chevron' },
	advice: { end: 'circle' },
	membership: { end: 'square' },
};

export default function DiagramSvg({ layout, idPrefix, className, traced }: Props) {
	const marker = (kind: EdgeKind, shape: string) => `url(#${idPrefix}-${kind}-${shape})`;
	const isTraced = (kind: 'node' | 'edge', id: string) =>
		traced ? (kind === 'node' ? traced.nodeIds : traced.edgeIds).includes(id) : undefined;
	// A relation that does not exist is drawn only while a trace points it out.
	const shown = layout.edges.filter((edge) => !edge.absent || isTraced('edge', edge.id));
	return (
		<svg
			className={`dg-svg ${className ?? ''}`}
			viewBox={`0 0 ${layout.width} ${layout.height}`}
			width={layout.width}
			height={layout.height}
			aria-hidden="true"
			focusable="false"
			data-tracing={traced ? 'true' : undefined}
		>
			<defs>
				{(Object.keys(MARKERS) as EdgeKind[]).map((kind) => (
					<MarkerSet key={kind} kind={kind} idPrefix={idPrefix} />
				))}
			</defs>
			<g className="dg-edges">
				{shown.map((edge) => (
					<line
						key={edge.id}
						className={`dg-edge dg-edge--${edge.kind}${edge.absent ? ' dg-edge--absent' : ''}`}
						data-edge={edge.id}
						data-traced={isTraced('edge', edge.id)}
						x1={edge.start.x}
						y1={edge.start.y}
						x2={edge.end.x}
						y2={edge.end.y}
						markerStart={!edge.absent && MARKERS[edge.kind].start ? marker(edge.kind, MARKERS[edge.kind].start!) : undefined}
						markerEnd={edge.absent ? undefined : marker(edge.kind, MARKERS[edge.kind].end)}
					/>
				))}
			</g>
			<g className="dg-labels">
				{shown.filter((edge) => edge.label).map((edge) => (
					<EdgeLabel key={edge.id} edge={edge} fontSize={layout.text.labelFontSize} traced={isTraced('edge', edge.id)} />
				))}
			</g>
			<g className="dg-nodes">
				{layout.nodes.map((node) => (
					<Node key={node.id} node={node} text={layout.text} traced={isTraced('node', node.id)} />
				))}
			</g>
		</svg>
	);
}

function EdgeLabel({ edge, fontSize, traced }: { edge: PositionedEdge; fontSize: number; traced: boolean | undefined }) {
	const height = fontSize + 5;
	return (
		<g className={`dg-label dg-label--${edge.kind}`} data-traced={traced}>
			<rect
				x={edge.labelAt.x - edge.labelWidth / 2}
				y={edge.labelAt.y - height / 2}
				width={edge.labelWidth}
				height={height}
				rx={3}
			/>
			<text x={edge.labelAt.x} y={edge.labelAt.y} dominantBaseline="central" textAnchor="middle" fontSize={fontSize}>
				{edge.label}
			</text>
		</g>
	);
}

function Node({ node, text, traced }: { node: PositionedNode; text: DiagramLayout['text']; traced: boolean | undefined }) {
	const { lineHeight, nodePadding } = text;
	const firstBaseline = node.y + nodePadding + lineHeight * 0.78;
	const cx = node.x + node.width / 2;
	const rows = [...(node.tag ? [{ text: node.tag, tag: true }] : []), ...node.lines.map((text) => ({ text, tag: false }))];
	return (
		<g
			className={`dg-node dg-node--${node.role}${node.proposed ? ' dg-node--proposed' : ''}`}
			data-node={node.id}
			data-traced={traced}
		>
			<rect x={node.x} y={node.y} width={node.width} height={node.height} rx={6} />
			<text textAnchor="middle" fontSize={text.fontSize}>
				{rows.map((row, index) => (
					<tspan key={index} x={cx} y={firstBaseline + index * lineHeight} className={row.tag ? 'dg-node-tag' : undefined}>
						{row.text}
					</tspan>
				))}
			</text>
		</g>
	);
}

/** One kind's arrowheads. Shapes differ by kind so the meaning never rests on colour alone. */
export function MarkerSet({ kind, idPrefix }: { kind: EdgeKind; idPrefix: string }) {
	const common = {
		className: `dg-marker dg-marker--${kind}`,
		markerUnits: 'strokeWidth' as const,
		orient: 'auto-start-reverse' as const,
	};
	const { start, end } = MARKERS[kind];
	const shapes = new Set([start, end].filter(Boolean) as string[]);
	return (
		<>
			{[...shapes].map((shape) => (
				<marker key={shape} id={`${idPrefix}-${kind}-${shape}`} {...common} {...MARKER_SHAPES[shape]!.box}>
					{MARKER_SHAPES[shape]!.draw}
				</marker>
			))}
		</>
	);
}

const MARKER_SHAPES: Record<string, { box: Record<string, number | string>; draw: React.ReactNode }> = {
	triangle: {
		box: { viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 4.5, markerHeight: 4.5 },
		draw: <path d="M0,0 L10,5 L0,10 z" className="dg-marker-fill" />,
	},
	diamond: {
		box: { viewBox: '0 0 10 10', refX: 5, refY: 5, markerWidth: 5, markerHeight: 5 },
		draw: <path d="M0,5 L5,0 L10,5 L5,10 z" className="dg-marker-fill" />,
	},
	chevron: {
		box: { viewBox: '0 0 10 10', refX: 8, refY: 5, markerWidth: 4.5, markerHeight: 4.5 },
		draw: <path d="M1,1 L8,5 L1,9" className="dg-marker-stroke" />,
	},
	circle: {
		box: { viewBox: '0 0 10 10', refX: 8, refY: 5, markerWidth: 5.5, markerHeight: 5.5 },
		draw: <circle cx={5} cy={5} r={3.5} className="dg-marker-stroke" />,
	},
	square: {
		box: { viewBox: '0 0 10 10', refX: 8, refY: 5, markerWidth: 4.5, markerHeight: 4.5 },
		draw: <rect x={1} y={1} width={8} height={8} className="dg-marker-fill" />,
	},
};
