/** Turns source and phase ids into the small link records the diagram components render. */
import { routes } from '../routes';

export interface CitationLink {
	/** Short visible text: `(UNISON, 2014)`. */
	label: string;
	/** The document's title, for the link's accessible description. */
	title: string;
	/** The source's entry on the sources page. */
	href: string;
}

export interface PhaseLink {
	title: string;
	href: string;
}

/**
 * Looks up each id and builds its link; an unknown id throws with the component's name,
 * the way `<Cite>` does, so a renamed source fails the build instead of printing a dead link.
 */
export function resolveCitations(
	component: string,
	ids: readonly string[],
	sources: readonly { id: string; title: string; publisher: string; date: string }[],
): Record<string, CitationLink> {
	const byId = new Map(sources.map((source) => [source.id, source]));
	return Object.fromEntries(
		ids.map((id) => {
			const source = byId.get(id);
			if (!source) throw new Error(`${component}: unknown source "${id}" (not in content/sources.yaml)`);
			return [id, { label: `(${source.publisher}, ${source.date.slice(0, 4)})`, title: source.title, href: routes.source(id) }];
		}),
	);
}

/** Looks up each phase id and builds its link; unknown ids throw, as for sources. */
export function resolvePhases(
	component: string,
	ids: readonly string[],
	phases: readonly { id: string; shortTitle: string }[],
): Record<string, PhaseLink> {
	const byId = new Map(phases.map((phase) => [phase.id, phase]));
	return Object.fromEntries(
		ids.map((id) => {
			const phase = byId.get(id);
			if (!phase) throw new Error(`${component}: unknown phase "${id}" (no content/phases/${id}.mdx)`);
			return [id, { title: phase.shortTitle, href: routes.phase(id) }];
		}),
	);
}
