/**
 * What every embed page does whatever it shows: applies the theme, accent and compact
 * options, reports its height to the host page (our message, WordPress's and Pym.js's), and
 * inside a WordPress embed asks the host to open links to this site in the top window.
 * Independent of the timeline markup, so an interactive island can replace the list.
 */
import { parseEmbedDisplay } from '../../lib/embed/params';
import { heightMessages, isWordpressReady, readHostProtocols, wordpressLinkMessage } from '../../lib/embed/messages';

/** Applies the display options and starts talking to the host page. */
export function startEmbedShell(root: HTMLElement): void {
	// Only the look: what the timeline shows is the island's to read (lib/timeline/url-state.ts).
	const options = parseEmbedDisplay(location.search);
	const html = document.documentElement;
	if (options.theme !== 'auto') html.dataset.theme = options.theme;
	// Set through the CSSOM, which the CSP allows; the value has passed a strict #hex check.
	if (options.accent) html.style.setProperty('--embed-accent', options.accent);
	if (options.compact) html.dataset.compact = '';

	if (window.parent === window) return;
	const protocols = readHostProtocols(location.search, location.hash);
	let reported = 0;
	const report = (force = false) => {
		const height = Math.ceil(root.getBoundingClientRect().height);
		if (!force && height === reported) return;
		reported = height;
		for (const message of heightMessages(height, protocols)) window.parent.postMessage(message, '*');
	};
	new ResizeObserver(() => report()).observe(root);
	window.addEventListener('load', () => report(true));

	const secret = protocols.wordpressSecret;
	if (!secret) return;
	// A sandboxed frame (opaque origin) cannot open tabs, and WordPress says when it is listening.
	let hostHandlesLinks = window.origin === 'null';
	window.addEventListener('message', (event) => {
		if (event.source !== window.parent || !isWordpressReady(event.data, secret)) return;
		hostHandlesLinks = true;
		report(true);
	});
	document.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest?.('a[href]');
		if (!hostHandlesLinks || !(link instanceof HTMLAnchorElement)) return;
		if (event.button !== 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
		// wp-embed.js only follows links to the embed's own host; others keep their default.
		if (link.host !== location.host) return;
		event.preventDefault();
		window.parent.postMessage(wordpressLinkMessage(link.href, secret), '*');
	});
}
