// What authors may use inside phase MDX files; PhaseLayout passes these as `components`.
import Cite from './Cite.astro';
import Term from './Term.astro';

export const mdxComponents = { Cite, Term };
export { Cite, Term };
