/**
 * The embed builder: turns the form into an embed choice, and shows the snippet, the address
 * to paste alone, and a live preview for it. Options pass through the same validation as the
 * embed itself; lib/embed/builder.ts maps the choice to paths.
 */
import { parseEmbedParams } from '../../lib/embed/params';
import { embedSnippet } from '../../lib/embed/snippet';
import { embedTarget, type EmbedChoice } from '../../lib/embed/builder';
import { routes } from '../../lib/routes';

const PREVIEW_DELAY_MS = 300;

/** Shows the builder (hidden without JavaScript) and wires it up. */
export function startEmbedBuilder(root: HTMLElement): void {
	const form = root.querySelector<HTMLFormElement>('[data-builder-form]')!;
	const code = root.querySelector<HTMLTextAreaElement>('[data-builder-code]')!;
	const address = root.querySelector<HTMLInputElement>('[data-builder-address]')!;
	const preview = root.querySelector<HTMLIFrameElement>('[data-builder-preview]')!;
	const status = root.querySelector<HTMLElement>('[data-builder-status]')!;
	const accentInput = form.elements.namedItem('accent') as HTMLInputElement;
	const card = form.elements.namedItem('card') as HTMLSelectElement;
	const site = root.dataset.site!;
	const known = {
		phases: new Set([...form.querySelectorAll<HTMLOptionElement>('[name=phase] option')].map((option) => option.value).filter(Boolean)),
		events: new Set([...card.options].map((option) => option.value)),
		organisations: new Set<string>(),
	};
	root.hidden = false;

	let timer: ReturnType<typeof setTimeout> | undefined;
	const update = () => {
		const data = new FormData(form);
		const view = data.get('view') === 'event' ? 'event' : 'timeline';
		for (const group of form.querySelectorAll<HTMLElement>('[data-for-view]')) group.hidden = group.dataset.forView !== view;
		const query = new URLSearchParams();
		for (const name of ['phase', 'from', 'to', 'event', 'theme', 'compact']) {
			const value = data.get(name);
			if (typeof value === 'string' && value) query.set(name, value);
		}
		query.set('kinds', data.getAll('kinds').join(','));
		// A chosen event opens the embed's story at that step.
		if (query.has('event')) query.set('view', 'story');
		if (accentInput.value !== accentInput.dataset.default) query.set('accent', accentInput.value);
		const options = parseEmbedParams(query, known);
		const choice: EmbedChoice = view === 'event' ? { view, event: card.value, options } : { view, options };
		const target = embedTarget(choice);
		const title = view === 'event' ? `${card.selectedOptions[0]!.dataset.title} (${root.dataset.siteName})` : root.dataset.title!;
		code.value = embedSnippet({
			src: new URL(target.embedPath, site).href,
			title,
			loaderSrc: new URL(routes.embedLoader(), site).href,
			height: target.height,
		});
		address.value = new URL(target.pagePath, site).href;
		clearTimeout(timer);
		timer = setTimeout(() => preview.setAttribute('src', target.embedPath), PREVIEW_DELAY_MS);
	};
	form.addEventListener('input', update);
	form.addEventListener('change', update);
	form.addEventListener('submit', (event) => event.preventDefault());

	root.querySelector('[data-builder-copy]')!.addEventListener('click', async () => {
		try {
			await navigator.clipboard.writeText(code.value);
			status.textContent = 'Code copied.';
		} catch {
			code.select();
			status.textContent = 'Copying was blocked: the code is selected, press Ctrl+C or Cmd+C.';
		}
	});
}
