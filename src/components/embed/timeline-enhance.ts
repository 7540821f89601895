/**
 * Applies the embed's filter parameters to the server-rendered event list and opens the
 * event named in `?event=`. Selecting events needs no script: each is a `<details>`. Unless
 * the embed is compact, it then swaps the list for the interactive timeline.
 */
import { isEventShown, parseEmbedParams } from '../../lib/embed/params';

/** Filters the list inside `root` by the page's query string and shows the island unless compact. */
export function enhanceEmbedTimeline(root: HTMLElement): void {
	const events = [...root.querySelectorAll<HTMLElement>('[data-event]')];
	const groups = [...root.querySelectorAll<HTMLElement>('[data-phase-group]')];
	const options = parseEmbedParams(location.search, {
		phases: groups.map((group) => group.dataset.phaseGroup!),
		events: events.map((item) => item.dataset.event!),
		kinds: (root.dataset.kinds ?? '').split(' '),
	});
	let shown = 0;
	for (const item of events) {
		const visible = isEventShown(
			{ phase: item.dataset.phase!, kind: item.dataset.kind!, year: Number(item.dataset.year) },
			options,
		);
		item.hidden = !visible;
		if (visible) shown += 1;
	}
	for (const group of groups) group.hidden = !group.querySelector('[data-event]:not([hidden])');

	const count = root.querySelector('[data-embed-count]');
	if (count && shown !== events.length) count.textContent = `Showing ${shown} of ${events.length} events.`;
	root.querySelector<HTMLElement>('[data-embed-empty]')!.hidden = shown > 0;

	const selected = options.event ? root.querySelector<HTMLElement>(`[data-event="${options.event}"]`) : null;
	if (selected && !selected.hidden) selected.querySelector('details')?.setAttribute('open', '');
	// The list stays filtered for print and for compact embeds; the island reads the same options.
	if (!options.compact) document.documentElement.dataset.embedInteractive = '';
}
