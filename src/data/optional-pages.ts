/**
 * Pages that other parts of the site add later. Links to them are drawn only when the page
 * exists in this build, so the link checker never meets a dead link while work is merged.
 */
const diagramsPage = import.meta.glob('../pages/diagrams/index.astro');

/** True when the build has a /diagrams/ page. */
export const hasDiagramsPage = Object.keys(diagramsPage).length > 0;
