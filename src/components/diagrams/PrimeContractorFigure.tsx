/**
 * Direct commissioning beside the prime-contractor model (stacked on narrow screens). The
 * trace is a native <details>: with JavaScript off it still opens and answers in words; once
 * hydrated, opening it also highlights the path of accountability in both drawings.
 */
import { routes } from '../../lib/routes';
import { useMemo, useState } from 'react';
import { layoutDiagram, NARROW, WIDE } from '../../lib/diagrams/geometry';
import { describeRelations, traceAccountability } from '../../lib/diagrams/relations';
import { FEE_ESTIMATE, MODELS, STAFFORDSHIRE, TRACE_QUESTION, TRACED_PROVIDER } from '../../lib/diagrams/prime-contractor';
import type { CitationLink, PhaseLink } from '../../lib/diagrams/citations';
import DiagramSvg from './DiagramSvg';
import Legend from './Legend';
import RelationList from './RelationList';
import Citations from './Citations';

interface Props {
	citations: Record<string, CitationLink>;
	phases: Record<string, PhaseLink>;
	/** Links to the page where the trace can be tried (phase pages ship no JavaScript). */
	linkToInteractive?: boolean;
}

export default function PrimeContractorFigure({ citations, phases, linkToInteractive = false }: Props) {
	const [tracing, setTracing] = useState(false);
	const panels = useMemo(
		() =>
			MODELS.map((model) => ({
				model,
				narrow: layoutDiagram(model.diagram, NARROW),
				wide: layoutDiagram(model.diagram, WIDE),
				relations: describeRelations(model.diagram),
				trace: traceAccountability(model.diagram, TRACED_PROVIDER),
			})),
		[],
	);
	const phase = phases[STAFFORDSHIRE.phase]!;
	return (
		<div className="dg dg-prime" data-diagram="prime-contractor" data-tracing={tracing ? 'true' : undefined}>
			<figure className="dg-figure">
				<figcaption>
					<span className="dg-kicker">How care is bought</span>
					<span className="dg-title">Direct commissioning and the prime-contractor model</span>
					<span className="dg-changed">
						{STAFFORDSHIRE.text} <Citations ids={[STAFFORDSHIRE.source]} citations={citations} />
					</span>
					<a className="dg-phase-link" href={phase.href}>
						The full story: {phase.title}
					</a>
				</figcaption>
				<details className="dg-trace" onToggle={(event) => setTracing(event.currentTarget.open)}>
					<summary>{TRACE_QUESTION}</summary>
					<ul>
						{panels.map(({ model }) => (
							<li key={model.id} data-model={model.id}>
								<strong>{model.title}:</strong> {model.traceAnswer}
							</li>
						))}
					</ul>
					<p className="dg-trace-source">
						How UNISON described the prime-contractor model <Citations ids={[STAFFORDSHIRE.source]} citations={citations} />
						{linkToInteractive && (
							<>
								{' · '}
								<a href={`${routes.diagrams()}#prime-contractor`}>See the path highlighted</a>
							</>
						)}
					</p>
				</details>
				<Legend idPrefix="dg-prime" kinds={['money', 'contract', 'accountability']} roles={['commissioner', 'prime-contractor']} />
				<div className="dg-panels">
					{panels.map(({ model, narrow, wide, relations, trace }) => (
						<div className="dg-panel" data-model={model.id} key={model.id}>
							<p className="dg-panel-title">{model.title}</p>
							<p className="dg-panel-summary">{model.summary}</p>
							<div className="dg-stage">
								<DiagramSvg
									layout={narrow}
									idPrefix={`dg-${model.id}-narrow`}
									className="dg-svg--narrow"
									traced={tracing ? trace : undefined}
								/>
								<DiagramSvg
									layout={wide}
									idPrefix={`dg-${model.id}-wide`}
									className="dg-svg--wide"
									traced={tracing ? trace : undefined}
								/>
							</div>
							{model.id === 'prime' && (
								<p className="dg-estimate">
									<span className="dg-estimate-label">Cost of the middle layer: </span>
									{FEE_ESTIMATE.text} <Citations ids={[FEE_ESTIMATE.source]} citations={citations} />
								</p>
							)}
							<RelationList groups={relations} title={`${model.title} in words`} />
						</div>
					))}
				</div>
			</figure>
		</div>
	);
}
