import { describe, expect, test } from 'vitest';
import { exitPoint, layoutDiagram, layoutNodes, NARROW, nodeTag, WIDE } from '../../../../src/lib/diagrams/geometry';
import type { DiagramSpec, LayoutOptions, PositionedNode } from '../../../../src/lib/diagrams/types';
import { WHO_BUYS_STEPS } from '../../../../src/lib/diagrams/who-buys';
import { MODELS } from '../../../../src/lib/diagrams/prime-contractor';

const options: LayoutOptions = { ...NARROW, width: 300, padding: 10, columnGap: 10, rowGap: 50, maxNodeWidth: 80 };

const small: DiagramSpec = {
	columns: 3,
	nodes: [
		{ id: 'top', label: 'Top', role: 'government', tier: 0, column: 1 },
		{ id: 'left', label: 'Left box', role: 'provider', tier: 1, column: 0 },
		{ id: 'right', label: 'A much longer name that wraps', role: 'provider', tier: 1, column: 2 },
	],
	edges: [
		{ id: 'pay', from: 'top', to: 'left', kind: 'money', label: 'pays' },
		{ id: 'contract', from: 'top', to: 'left', kind: 'contract' },
		{ id: 'answer', from: 'left', to: 'top', kind: 'accountability' },
		{ id: 'right', from: 'top', to: 'right', kind: 'money' },
	],
};

const overlaps = (a: PositionedNode, b: PositionedNode) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutNodes', () => {
	test('centres a box in its grid cell and keeps boxes inside the drawing', () => {
		const { nodes } = layoutNodes(small, options);
		const top = nodes.find((node) => node.id === 'top')!;
		expect(top.x + top.width / 2).toBeCloseTo(150);
		for (const node of nodes) {
			expect(node.x).toBeGreaterThanOrEqual(options.padding);
			expect(node.x + node.width).toBeLessThanOrEqual(options.width - options.padding);
		}
	});

	test('puts each tier below the previous one, a row gap apart', () => {
		const { nodes } = layoutNodes(small, options);
		const top = nodes.find((node) => node.id === 'top')!;
		const left = nodes.find((node) => node.id === 'left')!;
		expect(left.y).toBeGreaterThanOrEqual(top.y + top.height + options.rowGap);
	});

	test('wraps long names and makes the box tall enough for every line', () => {
		const { nodes } = layoutNodes(small, options);
		const right = nodes.find((node) => node.id === 'right')!;
		expect(right.lines.length).toBeGreaterThan(1);
		expect(right.height).toBe(right.lines.length * options.lineHeight + 2 * options.nodePadding);
	});

	test('spreads boxes evenly when the data gives no column', () => {
		const spec: DiagramSpec = {
			columns: 3,
			nodes: ['a', 'b', 'c'].map((id) => ({ id, label: id, role: 'provider' as const, tier: 0 })),
			edges: [],
		};
		const xs = layoutNodes(spec, options).nodes.map((node) => node.x);
		expect(xs[1] - xs[0]).toBeCloseTo(xs[2] - xs[1]);
		expect(xs[0]).toBeLessThan(xs[1]);
	});

	test('rejects a column outside the grid', () => {
		const spec: DiagramSpec = { columns: 2, nodes: [{ id: 'x', label: 'x', role: 'provider', tier: 0, column: 2 }], edges: [] };
		expect(() => layoutNodes(spec, options)).toThrow(/column 2, outside 0–1/);
	});
});

describe('nodeTag', () => {
	test('says when a body was only proposed, or is a private company', () => {
		expect(nodeTag({ id: 'f', label: 'Firms', role: 'private-firm', tier: 0, proposed: true })).toBe('Proposed');
		expect(nodeTag({ id: 'f', label: 'Firms', role: 'private-firm', tier: 0 })).toBe('Private company');
		expect(nodeTag({ id: 'c', label: 'CCG', role: 'commissioner', tier: 0 })).toBeUndefined();
	});
});

describe('exitPoint', () => {
	const box = { x: 0, y: 0, width: 100, height: 40 };
	test('leaves through the bottom when heading straight down', () => {
		expect(exitPoint({ x: 50, y: 20 }, { x: 50, y: 200 }, box)).toEqual({ x: 50, y: 40 });
	});
	test('leaves through the side when heading mostly sideways', () => {
		expect(exitPoint({ x: 50, y: 20 }, { x: 250, y: 30 }, box)).toEqual({ x: 100, y: 22.5 });
	});
	test('stops at the target point when it lies inside the box', () => {
		expect(exitPoint({ x: 50, y: 20 }, { x: 60, y: 25 }, box)).toEqual({ x: 60, y: 25 });
	});
});

describe('layoutDiagram', () => {
	test('starts and ends every edge on the border of its boxes', () => {
		const layout = layoutDiagram(small, options);
		const byId = new Map(layout.nodes.map((node) => [node.id, node]));
		for (const edge of layout.edges) {
			const from = byId.get(edge.from)!;
			const to = byId.get(edge.to)!;
			expect(edge.start.y).toBeCloseTo(from.tier < to.tier ? from.y + from.height : from.y, 1);
			expect(edge.end.y).toBeCloseTo(from.tier < to.tier ? to.y : to.y + to.height, 1);
		}
	});

	test('draws parallel edges between the same boxes apart, one spacing from each other', () => {
		const layout = layoutDiagram(small, options);
		const [pay, contract, answer] = ['pay', 'contract', 'answer'].map((id) => layout.edges.find((e) => e.id === id)!);
		// Same pair, three edges, in legend order: money, contract, accountability.
		const distance = (a: typeof pay, b: typeof pay) => {
			const dx = a.end.x - a.start.x;
			const dy = a.end.y - a.start.y;
			const length = Math.hypot(dx, dy);
			return Math.abs((b.start.x - a.start.x) * dy - (b.start.y - a.start.y) * dx) / length;
		};
		expect(distance(pay, contract)).toBeCloseTo(options.edgeSpacing, 0);
		expect(distance(contract, answer)).toBeCloseTo(options.edgeSpacing, 0);
	});

	test('staggers the labels of parallel edges along the segment', () => {
		const layout = layoutDiagram(small, options);
		const ys = ['pay', 'contract', 'answer'].map((id) => layout.edges.find((e) => e.id === id)!.labelAt.y);
		expect(new Set(ys).size).toBe(3);
	});

	test('names the edge and the unknown box when an edge points nowhere', () => {
		const broken: DiagramSpec = { ...small, edges: [{ id: 'lost', from: 'top', to: 'nowhere', kind: 'money' }] };
		expect(() => layoutDiagram(broken, options)).toThrow(/"lost" joins an unknown box \(top → nowhere\)/);
	});

	test('is deterministic', () => {
		expect(layoutDiagram(small, options)).toEqual(layoutDiagram(small, options));
	});
});

describe('the real diagrams, at phone and desktop widths', () => {
	const specs = [
		...WHO_BUYS_STEPS.map((step) => [step.id, step.diagram] as const),
		...MODELS.map((model) => [model.id, model.diagram] as const),
	];
	test.each(specs.flatMap(([id, spec]) => [NARROW, WIDE].map((o) => [`${id} at ${o.width}`, spec, o] as const)))(
		'%s: boxes do not overlap and everything fits the width',
		(_name, spec, layoutOptions) => {
			const layout = layoutDiagram(spec, layoutOptions);
			for (const [index, a] of layout.nodes.entries()) {
				expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
				for (const b of layout.nodes.slice(index + 1)) expect(overlaps(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
			}
			for (const edge of layout.edges) {
				expect(edge.labelAt.x - edge.labelWidth / 2).toBeGreaterThanOrEqual(0);
				expect(edge.labelAt.x + edge.labelWidth / 2).toBeLessThanOrEqual(layout.width);
			}
		},
	);

	test('no label on a who-buys step sits on top of another', () => {
		for (const step of WHO_BUYS_STEPS) {
			for (const layoutOptions of [NARROW, WIDE]) {
				const labelled = layoutDiagram(step.diagram, layoutOptions).edges.filter((edge) => edge.label);
				const height = layoutOptions.fontSize;
				for (const [index, a] of labelled.entries()) {
					for (const b of labelled.slice(index + 1)) {
						const apart =
							Math.abs(a.labelAt.x - b.labelAt.x) >= (a.labelWidth + b.labelWidth) / 2 ||
							Math.abs(a.labelAt.y - b.labelAt.y) >= height;
						expect(apart, `${step.id}: labels of ${a.id} and ${b.id} collide`).toBe(true);
					}
				}
			}
		}
	});
});
