/**
 * The embed builder: turns the form into embed options, and shows the snippet and a live
 * preview for them. Options pass through the same validation as the embed itself.
 */
import { parseEmbedParams, serializeEmbedParams } from '../../lib/embed/params';
import { embedSnippet } from '../../lib/embed/snippet';
import { routes } from '../../lib/routes';

const PREVIEW_DELAY_MS = 300;

/** Shows the builder (hidden without JavaScript) and wires it up. */
export function startEmbedBuilder(root: HTMLElement): void {
	const form = root.querySelector<HTMLFormElement>('[data-builder-form]')!;
	const code = root.querySelector<HTMLTextAreaElement>('[data-builder-code]')!;
	const preview = root.querySelector<HTMLIFrameElement>('[data-builder-preview]')!;
	const status = root.querySelector<HTMLElement>('[data-builder-status]')!;
	const accentInput = form.elements.namedItem('accent') as HTMLInputElement;
	const site = root.dataset.site!;
	const ids = (name: string) => new Set([...form.querySelectorAll<HTMLOptionElement>(`[name=${name}] option`)].map((option) => option.value).filter(Boolean));
	const known = { phases: ids('phase'), events: ids('event'), organisations: new Set<string>() };
	root.hidden = false;

	let timer: ReturnType<typeof setTimeout> | undefined;
	const update = () => {
		const data = new FormData(form);
		const query = new URLSearchParams();
		for (const name of ['phase', 'from', 'to', 'event', 'theme', 'compact']) {
			const value = data.get(name);
			if (typeof value === 'string' && value) query.set(name, value);
		}
		query.set('kinds', data.getAll('kinds').join(','));
		// A chosen event opens the embed's story at that step.
		if (query.has('event')) query.set('view', 'story');
		if (accentInput.value !== accentInput.dataset.default) query.set('accent', accentInput.value);
		const { state, ...display } = parseEmbedParams(query, known);
		// A phase has its own embed address; the rest goes in the query.
		const { phase, ...filters } = state.filters;
		const path = `${routes.embedTimeline(phase)}${serializeEmbedParams({ ...display, state: { ...state, filters } })}`;
		code.value = embedSnippet({
			src: new URL(path, site).href,
			title: root.dataset.title!,
			loaderSrc: new URL('/embed.js', site).href,
		});
		clearTimeout(timer);
		timer = setTimeout(() => preview.setAttribute('src', path), PREVIEW_DELAY_MS);
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
