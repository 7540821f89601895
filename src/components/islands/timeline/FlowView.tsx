/**
 * The narrow view for phones: the events run down the page itself (no scroll box inside it),
 * each phase under a heading that stays at the top while its events pass, and years without
 * events collapsed into one line. The open event's panel opens in place, under its card.
 */
import type { ReactNode } from 'react';
import type { FlowSection } from '../../../lib/timeline/flow';
import type { TimelineMark } from '../../../lib/timeline/marks';
import type { MarkProps } from './HorizontalView';
import MarkCard from './MarkCard';

interface Props extends MarkProps {
	sections: FlowSection[];
	/** Marks by event id (each event has its own card here). */
	marks: ReadonlyMap<string, TimelineMark>;
	/** The panel, shown under the card of `openId`. */
	panel: ReactNode;
}

export default function FlowView({ sections, marks, panel, tabKey, openId, registerMark, onActivate, onFocusMark }: Props) {
	return (
		<div className="tl-flow">
			{sections.map(({ phase, items }) => (
				<section key={phase.id} className="tl-flow__phase" aria-labelledby={`tl-phase-${phase.id}`} style={{ ['--phase' as string]: `var(--phase-${phase.order})` }}>
					<h2 id={`tl-phase-${phase.id}`} className="tl-flow__heading">
						<strong>{phase.shortTitle}</strong> <span>{phase.commissioner}</span>
					</h2>
					<ol className="tl-flow__list" data-marks aria-label={`Events: ${phase.shortTitle}`}>
						{items.map((item) => {
							if (item.type === 'gap') {
								return (
									<li key={item.key} className="tl-gap">
										{item.label}
									</li>
								);
							}
							const mark = marks.get(item.event.id)!;
							return (
								<li key={mark.key} className="tl-flow__item" data-event-id={item.event.id}>
									<MarkCard
										mark={mark}
										tabbable={mark.key === tabKey}
										current={item.event.id === openId}
										buttonRef={registerMark(mark.key)}
										onActivate={onActivate}
										onFocus={onFocusMark}
									/>
									{item.event.id === openId && panel}
								</li>
							);
						})}
					</ol>
				</section>
			))}
		</div>
	);
}
