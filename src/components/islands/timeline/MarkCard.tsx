/** One event or cluster as a button card; the same card serves the wide and the narrow view. */
import { memo, type Ref } from 'react';
import type { TimelineMark } from '../../../lib/timeline/marks';
import { KIND_LABELS } from '../../../lib/timeline/types';

interface Props {
	mark: TimelineMark;
	/** Roving tabindex: only the current mark is in the Tab order. */
	tabbable: boolean;
	selected: boolean;
	buttonRef: Ref<HTMLButtonElement>;
	onActivate: (mark: TimelineMark) => void;
	onFocus: (mark: TimelineMark) => void;
}

/** A card for a mark; its visible text is its accessible name (date, kind, title, sum). */
function MarkCard({ mark, tabbable, selected, buttonRef, onActivate, onFocus }: Props) {
	const first = mark.events[0]!;
	const isCluster = mark.type === 'cluster';
	return (
		<button
			ref={buttonRef}
			type="button"
			className={isCluster ? 'tl-card tl-card--cluster' : 'tl-card'}
			data-kind={isCluster ? undefined : first.kind}
			data-mark={mark.key}
			tabIndex={tabbable ? 0 : -1}
			aria-current={selected ? 'true' : undefined}
			onClick={() => onActivate(mark)}
			onFocus={() => onFocus(mark)}
		>
			{isCluster ? (
				<>
					<span className="tl-card__meta">{mark.dates}</span>
					<span className="tl-card__title">{mark.text}</span>
				</>
			) : (
				<>
					<span className="tl-card__top">
						<span className="tl-card__meta">
							{first.dateLabel} · {KIND_LABELS[first.kind]}
						</span>
						{first.sum && <span className="tl-card__sum">{first.sum}</span>}
					</span>
					<span className="tl-card__title">{first.title}</span>
				</>
			)}
		</button>
	);
}

/**
 * Zooming re-lays out every frame, making new mark objects with the same content; a card
 * only re-renders when what it shows changes (its position is set on the parent).
 */
export default memo(
	MarkCard,
	(before, after) =>
		before.mark.key === after.mark.key &&
		before.mark.events.length === after.mark.events.length &&
		before.mark.dates === after.mark.dates &&
		before.tabbable === after.tabbable &&
		before.selected === after.selected &&
		before.buttonRef === after.buttonRef &&
		before.onActivate === after.onActivate &&
		before.onFocus === after.onFocus,
);
