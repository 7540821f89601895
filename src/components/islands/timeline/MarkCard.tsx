/** One mark as a button: a titled card, or a dot (with a tooltip) for events that have no card at this zoom. */
import { memo, type Ref } from 'react';
import type { TimelineMark } from '../../../lib/timeline/marks';
import { KIND_LABELS } from '../../../lib/timeline/types';

interface Props {
	mark: TimelineMark;
	/** Roving tabindex: only the current mark is in the Tab order. */
	tabbable: boolean;
	/** The mark holds the open event. */
	current: boolean;
	buttonRef: Ref<HTMLButtonElement>;
	onActivate: (mark: TimelineMark) => void;
	onFocus: (mark: TimelineMark) => void;
}

/** Its accessible name is the label computed with the layout (date, title, kind, sum). */
function MarkCard({ mark, tabbable, current, buttonRef, onActivate, onFocus }: Props) {
	const first = mark.events[0]!;
	const isCluster = mark.type === 'cluster';
	const common = {
		ref: buttonRef,
		type: 'button' as const,
		'data-kind': isCluster ? undefined : first.kind,
		'data-mark': mark.key,
		'aria-label': mark.label,
		tabIndex: tabbable ? 0 : -1,
		'aria-current': current ? ('true' as const) : undefined,
		onClick: () => onActivate(mark),
		onFocus: () => onFocus(mark),
	};
	if (mark.shape === 'dot') {
		return (
			<button {...common} className={isCluster ? 'tl-dot tl-dot--cluster' : 'tl-dot'}>
				<span className="tl-dot__mark" aria-hidden="true">
					{isCluster ? mark.events.length : ''}
				</span>
				<span className="tl-tip" aria-hidden="true">
					<span className="tl-card__meta">{mark.dates}</span> {mark.text}
				</span>
			</button>
		);
	}
	return (
		<button {...common} className="tl-card">
			{/* In the label's order (date, sum, title, kind); the stylesheet puts the kind on the top line, where it drops out whole if it does not fit. */}
			<span className="tl-card__date">{first.dateLabel}</span>{' '}
			{first.sum && <span className="tl-card__sum">{first.sum}</span>}{' '}
			<span className="tl-card__title">{first.title}</span>{' '}
			<span className="tl-card__kind">
				<span className="tl-drop-whole"> · {KIND_LABELS[first.kind]}</span>
			</span>
		</button>
	);
}

/**
 * New mark objects with the same content arrive whenever the layout is remade; a mark only
 * re-renders when what it shows changes (its position is set on the parent).
 */
export default memo(
	MarkCard,
	(before, after) =>
		before.mark.key === after.mark.key &&
		before.mark.shape === after.mark.shape &&
		before.mark.label === after.mark.label &&
		before.tabbable === after.tabbable &&
		before.current === after.current &&
		before.buttonRef === after.buttonRef &&
		before.onActivate === after.onActivate &&
		before.onFocus === after.onFocus,
);
