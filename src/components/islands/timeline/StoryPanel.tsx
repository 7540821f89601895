/**
 * One event in full (date, title, summary, sums with who gave them, organisations, sources,
 * phase, its own page), with Previous and Next to step through the shown events: the story
 * mode. Arrow keys and a horizontal swipe step too. Or, for a cluster, its events to choose from.
 */
import { useLayoutEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { routes } from '../../../lib/routes';
import { COPY_BY_HAND, writeClipboard } from '../../embed/embed-links';
import { KIND_LABELS, type TimelineEvent, type TimelineEventDetails, type TimelineOrganisation, type TimelinePhase } from '../../../lib/timeline/types';

interface Common {
	/** Changes each time focus should move to the panel's heading. */
	focusToken: number;
	headingLevel: 2 | 3;
	onClose: () => void;
}

interface StoryProps extends Common {
	event: TimelineEvent;
	/** Summary, sums and sources: undefined while they load. */
	details: TimelineEventDetails | undefined;
	/** Loading the details failed: the event's own page has them. */
	failed: boolean;
	/** Position among the shown events, from 0, and how many there are. */
	index: number;
	count: number;
	phases: readonly TimelinePhase[];
	organisations: readonly TimelineOrganisation[];
	/** Embedded timelines open links in a new tab instead of navigating the frame. */
	newTab: boolean;
	onStep: (by: number) => void;
	announce: (message: string) => void;
}

const HEADING_ID = 'tl-panel-heading';
/** A swipe: far enough sideways, and more sideways than up or down. */
const SWIPE_PX = 50;

/** Focuses the heading whenever the token changes (never on the first, server-rendered pass). */
function useHeadingFocus(token: number) {
	const heading = useRef<HTMLHeadingElement>(null);
	useLayoutEffect(() => {
		if (token > 0) heading.current?.focus();
	}, [token]);
	return heading;
}

export default function StoryPanel({ event, details, failed, index, count, phases, organisations, newTab, focusToken, headingLevel, onClose, onStep, announce }: StoryProps) {
	const heading = useHeadingFocus(focusToken);
	const [copied, setCopied] = useState(false);
	// Where the clipboard is blocked (a sandboxed embed), the address is shown to copy by hand.
	const [byHand, setByHand] = useState(false);
	const swipe = useRef<{ x: number; y: number }>(undefined);
	const target = newTab ? { target: '_blank', rel: 'noopener' } : {};
	const Heading = `h${headingLevel}` as const;
	useLayoutEffect(() => {
		setCopied(false);
		setByHand(false);
	}, [event.id]);

	const phase = phases.find((item) => item.id === event.phase);
	const orgName = new Map(organisations.map((org) => [org.id, org.name]));
	const pagePath = routes.event(event.id);
	const copy = async () => {
		if (await writeClipboard(new URL(pagePath, location.href).href)) {
			setCopied(true);
			announce('Link copied');
		} else {
			setByHand(true);
			announce(COPY_BY_HAND);
		}
	};
	const onKeyDown = (keyEvent: React.KeyboardEvent) => {
		if (keyEvent.target instanceof HTMLInputElement || keyEvent.altKey || keyEvent.ctrlKey || keyEvent.metaKey) return;
		const by = keyEvent.key === 'ArrowRight' ? 1 : keyEvent.key === 'ArrowLeft' ? -1 : 0;
		if (!by) return;
		keyEvent.preventDefault();
		keyEvent.stopPropagation();
		onStep(by);
	};
	const onPointerDown = (pointer: ReactPointerEvent) => {
		swipe.current = pointer.pointerType === 'mouse' ? undefined : { x: pointer.clientX, y: pointer.clientY };
	};
	const onPointerUp = (pointer: ReactPointerEvent) => {
		const start = swipe.current;
		swipe.current = undefined;
		if (!start) return;
		const dx = pointer.clientX - start.x;
		const dy = pointer.clientY - start.y;
		if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > 2 * Math.abs(dy)) onStep(dx < 0 ? 1 : -1);
	};
	const first = index === 0;
	const last = index === count - 1;

	return (
		<section
			className="tl-panel"
			aria-labelledby={HEADING_ID}
			aria-busy={details || failed ? undefined : 'true'}
			data-kind={event.kind}
			data-no-zoom
			onKeyDown={onKeyDown}
			onPointerDown={onPointerDown}
			onPointerUp={onPointerUp}
			onPointerCancel={() => (swipe.current = undefined)}
		>
			<div className="tl-panel__bar">
				<p className="tl-panel__step">
					Event {index + 1} of {count}
				</p>
				<div className="tl-panel__nav">
					{/* aria-disabled, not disabled: focus stays on the button at either end of the story. */}
					<button type="button" className="tl-button" aria-disabled={first ? 'true' : undefined} onClick={() => onStep(-1)} aria-keyshortcuts="ArrowLeft">
						<span aria-hidden="true">←</span> Previous<span className="visually-hidden"> event</span>
					</button>
					<button type="button" className="tl-button" aria-disabled={last ? 'true' : undefined} onClick={() => onStep(1)} aria-keyshortcuts="ArrowRight">
						Next<span className="visually-hidden"> event</span> <span aria-hidden="true">→</span>
					</button>
					<button type="button" className="tl-button" onClick={onClose}>
						Close<span className="visually-hidden"> the event</span>
					</button>
				</div>
			</div>
			<div className="tl-panel__body" key={event.id}>
				<p className="tl-panel__meta">
					<time dateTime={event.date}>{event.dateLabel}</time> · {KIND_LABELS[event.kind]}
					{phase && <> · {phase.shortTitle}</>}
				</p>
				<Heading id={HEADING_ID} tabIndex={-1} ref={heading}>
					{event.title}
				</Heading>
				{!details && <p className="tl-panel__loading">{failed ? 'The summary and sources could not be loaded: read them on this event’s page.' : 'Loading the summary and sources…'}</p>}
				{details && (
					<>
						<p>{details.summary}</p>
						{details.amounts.length > 0 && (
							<>
								<p className="tl-panel__label">Sums and figures</p>
								<ul>
									{details.amounts.map((amount) => (
										<li key={amount}>{amount}</li>
									))}
								</ul>
							</>
						)}
					</>
				)}
				{event.actors.length > 0 && (
					<>
						<p className="tl-panel__label">Who was involved</p>
						<ul className="tl-panel__inline">
							{event.actors.map((id) => (
								<li key={id}>
									<a href={routes.organisation(id)} {...target}>
										{orgName.get(id) ?? id}
									</a>
								</li>
							))}
						</ul>
					</>
				)}
				{details && (
					<>
						<p className="tl-panel__label">Sources</p>
						<ul>
							{details.sources.map((source) => (
								<li key={source.url + source.meta}>
									<a href={source.url} rel="external noopener" target={newTab ? '_blank' : undefined}>
										{source.title}
									</a>{' '}
									<span className="tl-panel__source-meta">{source.meta}</span>
								</li>
							))}
						</ul>
					</>
				)}
				<p className="tl-panel__links">
					<a href={pagePath} {...target}>
						Read this event’s page{newTab && ' (new tab)'}
					</a>
					{phase && (
						<a href={routes.phase(phase.id)} {...target}>
							The phase: {phase.shortTitle}
						</a>
					)}
					<button type="button" className="tl-button" onClick={copy}>
						{copied ? 'Link copied' : 'Copy link to share'}
					</button>
				</p>
				{byHand && (
					<p className="tl-panel__address">
						<label>
							Address to copy{' '}
							<input type="text" className="copy-field" readOnly value={new URL(pagePath, location.href).href} ref={(field) => field?.select()} autoFocus />
						</label>
					</p>
				)}
			</div>
		</section>
	);
}

interface ListProps extends Common {
	events: TimelineEvent[];
	onChoose: (id: string) => void;
}

/** A cluster's events, to choose one from. */
export function ClusterList({ events, focusToken, headingLevel, onClose, onChoose }: ListProps) {
	const heading = useHeadingFocus(focusToken);
	const first = events[0]!;
	const last = events.at(-1)!;
	const Heading = `h${headingLevel}` as const;
	return (
		<section className="tl-panel" aria-labelledby={HEADING_ID} data-no-zoom>
			<div className="tl-panel__bar">
				<Heading id={HEADING_ID} tabIndex={-1} ref={heading}>
					{events.length} events, {first.dateLabel}
					{last.dateLabel !== first.dateLabel && ` to ${last.dateLabel}`}
				</Heading>
				<button type="button" className="tl-button" onClick={onClose}>
					Close<span className="visually-hidden"> the list</span>
				</button>
			</div>
			<ul className="tl-panel__choices">
				{events.map((item) => (
					<li key={item.id}>
						<button type="button" className="tl-choice" data-kind={item.kind} onClick={() => onChoose(item.id)}>
							<span className="tl-card__meta">
								{item.dateLabel} · {KIND_LABELS[item.kind]}
							</span>
							<span>{item.title}</span>
						</button>
					</li>
				))}
			</ul>
		</section>
	);
}
