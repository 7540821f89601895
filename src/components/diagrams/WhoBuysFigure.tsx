/**
 * "Who buys and who provides": one step of the purchaser–provider split as a figure, and,
 * when `interactive`, a stepper through all four steps. The stepper is a list of links to
 * each step's own page, so it works with JavaScript off; once hydrated, a click changes the
 * step in place and a live region announces it.
 */
import { routes } from '../../lib/routes';
import { useMemo, useState, type MouseEvent } from 'react';
import { layoutDiagram, NARROW, WIDE } from '../../lib/diagrams/geometry';
import { describeRelations } from '../../lib/diagrams/relations';
import { findWhoBuysStep, WHO_BUYS_STEPS } from '../../lib/diagrams/who-buys';
import { EDGE_KINDS } from '../../lib/diagrams/types';
import type { CitationLink, PhaseLink } from '../../lib/diagrams/citations';
import DiagramSvg from './DiagramSvg';
import Legend from './Legend';
import RelationList from './RelationList';
import Citations from './Citations';

interface Props {
	/** The step shown first (or only, when not interactive). */
	step: string;
	/** Adds the stepper; hydrate with client:visible. */
	interactive?: boolean;
	citations: Record<string, CitationLink>;
	phases: Record<string, PhaseLink>;
}

/** Kinds and roles used anywhere in the steps, so the key stays the same while stepping. */
const KINDS = EDGE_KINDS.filter((kind) => WHO_BUYS_STEPS.some((s) => s.diagram.edges.some((e) => e.kind === kind)));
const ROLES = (['commissioner', 'private-firm'] as const).filter((role) =>
	WHO_BUYS_STEPS.some((s) => s.diagram.nodes.some((n) => n.role === role)),
);

/** The address of a step's own page, where the stepper links lead without JavaScript. */
export const stepHref = (id: string) => routes.diagramStep(id);

export default function WhoBuysFigure({ step: initial, interactive = false, citations, phases }: Props) {
	const [stepId, setStepId] = useState(initial);
	const [announcement, setAnnouncement] = useState('');
	// Only a step chosen by the reader fades in; the first paint never animates.
	const [stepped, setStepped] = useState(false);
	const step = findWhoBuysStep(stepId);
	const index = WHO_BUYS_STEPS.indexOf(step);
	const layouts = useMemo(
		() => ({ narrow: layoutDiagram(step.diagram, NARROW), wide: layoutDiagram(step.diagram, WIDE) }),
		[step],
	);
	const relations = useMemo(() => describeRelations(step.diagram), [step]);
	const phase = phases[step.phase]!;
	const position = `Step ${index + 1} of ${WHO_BUYS_STEPS.length}`;

	const go = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
		event.preventDefault();
		const next = findWhoBuysStep(id);
		setStepId(id);
		setStepped(true);
		setAnnouncement(`Step ${WHO_BUYS_STEPS.indexOf(next) + 1} of ${WHO_BUYS_STEPS.length}: ${next.title}. ${next.changed}`);
	};
	const previous = WHO_BUYS_STEPS[index - 1];
	const next = WHO_BUYS_STEPS[index + 1];

	return (
		<div className="dg dg-who-buys" data-diagram="who-buys" data-step={step.id}>
			{interactive && (
				<nav className="dg-stepper" aria-label="Steps of the diagram, 2006 to 2022">
					<ol>
						{WHO_BUYS_STEPS.map((candidate, i) => (
							<li key={candidate.id}>
								<a
									href={stepHref(candidate.id)}
									aria-current={candidate.id === step.id ? 'step' : undefined}
									onClick={go(candidate.id)}
								>
									<span className="dg-step-number" aria-hidden="true">
										{i + 1}
									</span>
									{candidate.shortTitle}
								</a>
							</li>
						))}
					</ol>
					<p className="dg-prevnext">
						{previous ? (
							<a href={stepHref(previous.id)} onClick={go(previous.id)} data-move="previous">
								<span aria-hidden="true">← </span>Previous step
							</a>
						) : (
							<span />
						)}
						{next && (
							<a href={stepHref(next.id)} onClick={go(next.id)} data-move="next">
								Next step<span aria-hidden="true"> →</span>
							</a>
						)}
					</p>
				</nav>
			)}
			{interactive && (
				<p className="visually-hidden" aria-live="polite" data-live>
					{announcement}
				</p>
			)}
			<figure className="dg-figure">
				<figcaption>
					<span className="dg-kicker">Who buys and who provides · {position}</span>
					<span className="dg-title">{step.title}</span>
					<span className="dg-changed">
						{step.changed} <Citations ids={step.sources} citations={citations} />
					</span>
					<a className="dg-phase-link" href={phase.href}>
						The full story: {phase.title}
					</a>
				</figcaption>
				<div className={`dg-stage${stepped ? ' dg-stage--stepped' : ''}`} key={step.id}>
					<DiagramSvg layout={layouts.narrow} idPrefix={`dg-${step.id}-narrow`} className="dg-svg--narrow" />
					<DiagramSvg layout={layouts.wide} idPrefix={`dg-${step.id}-wide`} className="dg-svg--wide" />
				</div>
				<Legend idPrefix={`dg-${step.id}`} kinds={KINDS} roles={ROLES} />
				<RelationList groups={relations} title={`The diagram in words: ${step.shortTitle}`} />
				{!interactive && (
					<p className="dg-more">
						<a href={routes.diagrams()}>Step through how this changed from 2006 to 2022</a>
					</p>
				)}
			</figure>
		</div>
	);
}
