// What authors may use inside phase MDX files; PhaseLayout passes these as `components`.
import Cite from './Cite.astro';
import Term from './Term.astro';
import WhoBuysDiagram from '../diagrams/WhoBuysDiagram.astro';
import PrimeContractorDiagram from '../diagrams/PrimeContractorDiagram.astro';

export const mdxComponents = { Cite, Term, WhoBuysDiagram, PrimeContractorDiagram };
export { Cite, Term, WhoBuysDiagram, PrimeContractorDiagram };
