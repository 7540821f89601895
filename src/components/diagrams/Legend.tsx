/** The key to both diagrams: one sample of each kind of line, and the box styles. */
import type { EdgeKind, NodeRole } from '../../lib/diagrams/types';
import { MARKERS, MarkerSet } from './DiagramSvg';

const EDGE_NAMES: Record<EdgeKind, string> = {
	money: 'Pays (money)',
	contract: 'Holds a contract with',
	accountability: 'Answers to (accountability)',
	advice: 'Advises or supports',
	membership: 'Has members on the board of',
};

const NODE_NAMES: Partial<Record<NodeRole, string>> = {
	commissioner: 'The body that buys care (shaded)',
	'private-firm': 'Private company (dashed box)',
	'prime-contractor': 'Prime contractor (thick box)',
};

interface Props {
	idPrefix: string;
	kinds: readonly EdgeKind[];
	roles: readonly NodeRole[];
}

export default function Legend({ idPrefix, kinds, roles }: Props) {
	return (
		<div className="dg-legend">
			<p className="dg-legend-title">Key</p>
			<ul>
				{kinds.map((kind) => (
					<li key={kind}>
						<svg width="44" height="14" viewBox="0 0 44 14" aria-hidden="true" focusable="false">
							<defs>
								<MarkerSet kind={kind} idPrefix={`${idPrefix}-key`} />
							</defs>
							<line
								className={`dg-edge dg-edge--${kind}`}
								x1="4"
								y1="7"
								x2="38"
								y2="7"
								markerStart={MARKERS[kind].start && `url(#${idPrefix}-key-${kind}-${MARKERS[kind].start})`}
								markerEnd={`url(#${idPrefix}-key-${kind}-${MARKERS[kind].end})`}
							/>
						</svg>
						{EDGE_NAMES[kind]}
					</li>
				))}
				{roles
					.filter((role) => NODE_NAMES[role])
					.map((role) => (
						<li key={role}>
							<svg width="44" height="18" viewBox="0 0 44 18" aria-hidden="true" focusable="false">
								<g className={`dg-node dg-node--${role}`}>
									<rect x="3" y="2" width="38" height="14" rx="3" />
								</g>
							</svg>
							{NODE_NAMES[role]}
						</li>
					))}
			</ul>
		</div>
	);
}
