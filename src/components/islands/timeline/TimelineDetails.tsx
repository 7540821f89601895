/**
 * The details panel: one event in full (date, title, summary, sums, organisations, sources,
 * phase, share link), or the events of a cluster to choose from. It overlays the timeline
 * rather than pushing the page down, so opening it never shifts the layout.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { KIND_LABELS, type TimelineEvent, type TimelineOrganisation, type TimelinePhase } from '../../../lib/timeline/types';
import { routes } from '../../../lib/routes';
import { COPY_BY_HAND, writeClipboard } from '../../embed/embed-links';

interface Props {
	/** The event shown, or the cluster's events when `listing` is true. */
	events: TimelineEvent[];
	listing: boolean;
	phases: readonly TimelinePhase[];
	organisations: readonly TimelineOrganisation[];
	/** Embedded timelines open links in a new tab instead of navigating the frame. */
	newTab: boolean;
	/** Move focus to the panel's heading when it opens (not on page load). */
	takeFocus: boolean;
	onClose: () => void;
	onChoose: (id: string) => void;
	announce: (message: string) => void;
}

export default function TimelineDetails({ events, listing, phases, organisations, newTab, takeFocus, onClose, onChoose, announce }: Props) {
	const heading = useRef<HTMLHeadingElement>(null);
	const [copied, setCopied] = useState(false);
	// Where the clipboard is blocked (a sandboxed embed), the address is shown to copy by hand.
	const [byHand, setByHand] = useState(false);
	const event = events[0]!;
	const target = newTab ? { target: '_blank', rel: 'noopener' } : {};
	const key = listing ? events.map((item) => item.id).join() : event.id;

	useLayoutEffect(() => {
		setCopied(false);
		setByHand(false);
		if (takeFocus) heading.current?.focus();
	}, [key, takeFocus]);

	if (listing) {
		return (
			<section className="tl-details" aria-labelledby="tl-details-heading" data-no-zoom>
				<div className="tl-details__bar">
					<h2 id="tl-details-heading" tabIndex={-1} ref={heading}>
						{events.length} events, {event.dateLabel}
						{events.at(-1)!.dateLabel !== event.dateLabel && ` to ${events.at(-1)!.dateLabel}`}
					</h2>
					<button type="button" className="tl-button" onClick={onClose}>
						Close <span className="visually-hidden">list</span>
					</button>
				</div>
				<ul className="tl-details__choices">
					{events.map((item) => (
						<li key={item.id}>
							<button type="button" className="tl-choice" data-kind={item.kind} onClick={() => onChoose(item.id)}>
								<span className="tl-card__meta">{item.dateLabel} · {KIND_LABELS[item.kind]}</span>
								<span>{item.title}</span>
							</button>
						</li>
					))}
				</ul>
			</section>
		);
	}

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

	return (
		<section className="tl-details" aria-labelledby="tl-details-heading" data-kind={event.kind} data-no-zoom>
			<div className="tl-details__bar">
				<p className="tl-details__meta">
					<time dateTime={event.date}>{event.dateLabel}</time> · {KIND_LABELS[event.kind]}
				</p>
				<button type="button" className="tl-button" onClick={onClose}>
					Close <span className="visually-hidden">details</span>
				</button>
			</div>
			<h2 id="tl-details-heading" tabIndex={-1} ref={heading}>
				{event.title}
			</h2>
			<p>{event.summary}</p>
			{event.amounts.length > 0 && (
				<>
					<h3>Sums and figures</h3>
					<ul>
						{event.amounts.map((amount) => (
							<li key={amount}>{amount}</li>
						))}
					</ul>
				</>
			)}
			{event.actors.length > 0 && (
				<>
					<h3>Who was involved</h3>
					<ul className="tl-details__inline">
						{event.actors.map((id) => (
							<li key={id}>
								<a href={`/organisations/${id}/`} {...target}>
									{orgName.get(id) ?? id}
								</a>
							</li>
						))}
					</ul>
				</>
			)}
			<h3>Sources</h3>
			<ul>
				{event.sources.map((source) => (
					<li key={source.url + source.meta}>
						<a href={source.url} rel="external noopener" target={newTab ? '_blank' : undefined}>
							{source.title}
						</a>{' '}
						<span className="tl-details__source-meta">{source.meta}</span>
					</li>
				))}
			</ul>
			<p className="tl-details__links">
				{phase && (
					<a href={`/phases/${phase.id}/`} {...target}>
						Phase: {phase.shortTitle}
					</a>
				)}
				<a href={pagePath} {...target}>
					This event’s own page
				</a>
				<button type="button" className="tl-button" onClick={copy}>
					{copied ? 'Link copied' : 'Copy link to share'}
				</button>
			</p>
			{byHand && (
				<p className="tl-details__address">
					<label>
						Address to copy{' '}
						<input type="text" className="copy-field" readOnly value={new URL(pagePath, location.href).href} ref={(field) => field?.select()} autoFocus />
					</label>
				</p>
			)}
		</section>
	);
}
