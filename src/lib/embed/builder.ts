/**
 * What the embed builder offers for a choice: the embed view to put in the snippet, and the
 * page whose address a WordPress author can paste alone instead (its oEmbed finds the same
 * view). Pure: embed-builder.ts reads the form and shows the result.
 */
import { routes } from '../routes';
import { serializeEmbedParams, type EmbedOptions } from './params';
import { DEFAULT_EMBED_HEIGHT, EVENT_EMBED_HEIGHT } from './snippet';

export type EmbedChoice =
	| { view: 'timeline'; options: EmbedOptions }
	| { view: 'event'; event: string; options: Pick<EmbedOptions, 'theme' | 'accent'> };

export interface EmbedTarget {
	/** Path and query of the embed view, for the iframe. */
	embedPath: string;
	/** Path of the page to paste alone; the options do not travel with it. */
	pagePath: string;
	/** The iframe's height before the embed reports its own. */
	height: number;
}

/** The embed and page for a builder choice. */
export function embedTarget(choice: EmbedChoice): EmbedTarget {
	if (choice.view === 'event') {
		const { theme, accent } = choice.options;
		return {
			embedPath: routes.embedEvent(choice.event) + serializeEmbedParams({ theme, accent }),
			pagePath: routes.event(choice.event),
			height: EVENT_EMBED_HEIGHT,
		};
	}
	// A phase has its own embed address; the rest of the state goes in the query.
	const { phase, ...filters } = choice.options.state.filters;
	return {
		embedPath: routes.embedTimeline(phase) + serializeEmbedParams({ ...choice.options, state: { ...choice.options.state, filters } }),
		pagePath: phase ? routes.phase(phase) : routes.timeline(),
		height: DEFAULT_EMBED_HEIGHT,
	};
}
