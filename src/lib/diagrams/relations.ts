/**
 * What a diagram says, as text: the structured list of who pays whom and who answers to
 * whom that screen-reader users (and everyone with images off) get in full, and the path
 * the accountability trace follows.
 */
import { EDGE_KINDS, type DiagramEdge, type DiagramNode, type DiagramSpec, type EdgeKind } from './types';

/** Heading of each group in the text equivalent, and the verb (singular, plural) of its sentences. */
export const EDGE_KIND_TEXT: Record<EdgeKind, { heading: string; verb: [string, string]; none: [string, string] }> = {
	money: { heading: 'Who pays whom', verb: ['pays', 'pay'], none: ['does not pay', 'do not pay'] },
	contract: {
		heading: 'Who holds a contract with whom',
		verb: ['holds a contract with', 'hold contracts with'],
		none: ['holds no contract with', 'hold no contracts with'],
	},
	accountability: { heading: 'Who answers to whom', verb: ['answers to', 'answer to'], none: ['does not answer to', 'do not answer to'] },
	advice: { heading: 'Who advises whom', verb: ['advises', 'advise'], none: ['does not advise', 'do not advise'] },
	membership: {
		heading: 'Who sits on whose board',
		verb: ['has members on the board of', 'have members on the board of'],
		none: ['has no members on the board of', 'have no members on the board of'],
	},
};

export interface RelationGroup {
	kind: EdgeKind;
	heading: string;
	/** One sentence per edge, in the order the data lists them. */
	items: { edgeId: string; text: string }[];
}

/** One sentence for one edge: `Clinical commissioning groups pay NHS trusts`, capitalised. */
export function describeEdge(edge: DiagramEdge, nodes: ReadonlyMap<string, DiagramNode>): string {
	const from = nodes.get(edge.from);
	const to = nodes.get(edge.to);
	if (!from || !to) throw new Error(`Diagram edge "${edge.id}" joins an unknown box`);
	const verb = EDGE_KIND_TEXT[edge.kind][edge.absent ? 'none' : 'verb'][from.plural ? 1 : 0];
	const sentence = `${from.inText ?? from.label} ${verb} ${to.inText ?? to.label}${edge.proposed ? ' (proposed)' : ''}`;
	return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The text equivalent: the diagram's edges grouped by kind, in legend order; empty kinds left out. */
export function describeRelations(spec: DiagramSpec): RelationGroup[] {
	const nodes = new Map(spec.nodes.map((node) => [node.id, node]));
	return EDGE_KINDS.map((kind) => ({
		kind,
		heading: EDGE_KIND_TEXT[kind].heading,
		items: spec.edges
			.filter((edge) => edge.kind === kind)
			.map((edge) => ({ edgeId: edge.id, text: describeEdge(edge, nodes) })),
	})).filter((group) => group.items.length > 0);
}

export interface Trace {
	/** The bodies on the path, starting with the one whose care is in question. */
	nodeIds: string[];
	/** The accountability edges followed, in order, then the absent relations that touch the first body. */
	edgeIds: string[];
}

/**
 * Follows "answers to" lines upwards from one body until no body is above it: the chain
 * through which a commissioner can hold that body to account. Stops on a cycle. Absent
 * relations of that body (a contract that does not exist) are part of the trace too.
 * @example traceAccountability(primeModel, 'provider-b') // => { nodeIds: ['provider-b', 'prime', 'ccg'], … }
 */
export function traceAccountability(spec: DiagramSpec, fromId: string): Trace {
	if (!spec.nodes.some((node) => node.id === fromId)) {
		throw new Error(`traceAccountability: no box "${fromId}" in this diagram`);
	}
	const nodeIds = [fromId];
	const edgeIds: string[] = [];
	let current = fromId;
	for (;;) {
		const next = spec.edges.find((edge) => edge.kind === 'accountability' && edge.from === current);
		if (!next || nodeIds.includes(next.to)) break;
		edgeIds.push(next.id);
		nodeIds.push(next.to);
		current = next.to;
	}
	// The gap is part of the answer: the relation the reader might expect and that is not there.
	const gaps = spec.edges.filter((edge) => edge.absent && (edge.from === fromId || edge.to === fromId));
	return { nodeIds, edgeIds: [...edgeIds, ...gaps.map((edge) => edge.id)] };
}
