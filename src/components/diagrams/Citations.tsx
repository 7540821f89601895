/** Inline source links for a diagram caption: `(UNISON, 2014)`, each to the sources page. */
import type { CitationLink } from '../../lib/diagrams/citations';

export default function Citations({ ids, citations }: { ids: readonly string[]; citations: Record<string, CitationLink> }) {
	return (
		<span className="dg-cites">
			{ids.map((id) => {
				const citation = citations[id]!;
				return (
					<a key={id} href={citation.href} title={citation.title}>
						{citation.label}
					</a>
				);
			})}
		</span>
	);
}
