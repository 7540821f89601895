/** The text equivalent of a diagram: every relation it draws, grouped by kind, as lists. */
import type { RelationGroup } from '../../lib/diagrams/relations';

interface Props {
	groups: readonly RelationGroup[];
	/** Names the diagram the list describes, for readers who land on it directly. */
	title: string;
}

export default function RelationList({ groups, title }: Props) {
	return (
		<div className="dg-words">
			<p className="dg-words-title">{title}</p>
			<ul>
				{groups.map((group) => (
					<li key={group.kind} data-kind={group.kind}>
						<span className="dg-words-heading">{group.heading}</span>
						<ul>
							{group.items.map((item) => (
								<li key={item.edgeId} data-edge={item.edgeId}>
									{item.text}
								</li>
							))}
						</ul>
					</li>
				))}
			</ul>
		</div>
	);
}
