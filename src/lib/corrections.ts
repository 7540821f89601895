/**
 * Corrections as readers meet them: where a corrected page lives, and which corrections
 * changed a given page. Pure; the corrections page, the notices on corrected pages and the
 * feed all take their links from here.
 */
import type { CorrectedPage, CorrectedPageKind, Correction } from '../schemas';
import { routes } from './routes';

/**
 * The address of a page a correction changed.
 * @example correctedPageHref({ kind: 'glossary', id: 'fesc' }) // => '/glossary/#fesc'
 */
export function correctedPageHref(page: CorrectedPage): string {
	switch (page.kind) {
		case 'phase':
			return routes.phase(page.id);
		case 'event':
			return routes.event(page.id);
		case 'glossary':
			return routes.glossaryTerm(page.id);
		case 'organisation':
			return routes.organisation(page.id);
	}
}

/**
 * The corrections that changed one page, in the order given. `kind` alone (no id) matches
 * every page of that kind, for pages such as the glossary that hold many entries.
 * @example correctionsFor(all, 'event', '2007-fesc-firms-named')
 */
export function correctionsFor(corrections: readonly Correction[], kind: CorrectedPageKind, id?: string): Correction[] {
	return corrections.filter((correction) => correction.pages.some((page) => page.kind === kind && (id === undefined || page.id === id)));
}
