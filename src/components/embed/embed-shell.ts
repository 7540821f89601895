/**
 * What every embed page does whatever it shows: applies the theme, accent and compact
 * options, wires "copy link" buttons, reports its height to the host page (our message,
 * WordPress's and Pym.js's), and makes links work in any frame (embed-links.ts).
 * Independent of the timeline markup, so an interactive island can replace the list.
 */
import { parseEmbedDisplay } from '../../lib/embed/params';
import { heightMessages, isWordpressReady, readHostProtocols } from '../../lib/embed/messages';
import type { FrameFindings } from '../../lib/embed/links';
import { copyLink, rescueLinks } from './embed-links';

/** Applies the display options and starts talking to the host page. */
export function startEmbedShell(root: HTMLElement): void {
	// Only the look: what the timeline shows is the island's to read (lib/timeline/url-state.ts).
	const options = parseEmbedDisplay(location.search);
	const html = document.documentElement;
	if (options.theme !== 'auto') html.dataset.theme = options.theme;
	// Set through the CSSOM, which the CSP allows; the value has passed a strict #hex check.
	if (options.accent) html.style.setProperty('--embed-accent', options.accent);
	if (options.compact) html.dataset.compact = '';

	for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-link]')) {
		button.hidden = false;
		// The address this page was served from: the site's own, wherever it is deployed.
		const href = new URL(button.dataset.copyLink!, location.href).href;
		button.addEventListener('click', () => void copyLink(button, href, document.querySelector('[data-copy-status]')));
	}

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
	// WordPress frames embeds sandboxed (an opaque origin) with its secret in the URL, and its
	// wp-embed.js says "ready" once listening; either way it opens links to this site on request.
	const findings: FrameFindings = { framed: true, popups: 'unknown', hostOpensSiteLinks: Boolean(secret) && window.origin === 'null' };
	rescueLinks(findings, secret);
	if (!secret) return;
	window.addEventListener('message', (event) => {
		if (event.source !== window.parent || !isWordpressReady(event.data, secret)) return;
		findings.hostOpensSiteLinks = true;
		report(true);
	});
}
