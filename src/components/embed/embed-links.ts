/**
 * Links and "copy link" inside an embed, wherever it is framed: acts on lib/embed/links.ts's
 * decisions, and finds out what the frame allows (a new tab, the clipboard) by asking the
 * browser rather than guessing from the host.
 */
import { copyMethod, embedPathFor, linkAction, type FrameFindings } from '../../lib/embed/links';
import { wordpressLinkMessage } from '../../lib/embed/messages';

const PANEL_CLASS = 'address-panel';

/**
 * Shows an address selected in a read-only field just after `near`'s paragraph or list item,
 * so the reader can copy it by hand. One at a time; Escape or "Close" puts focus back.
 */
export function showAddress(near: HTMLElement, href: string, reason: string): void {
	document.querySelector(`.${PANEL_CLASS}`)?.remove();
	const panel = document.createElement('div');
	panel.className = PANEL_CLASS;
	panel.setAttribute('role', 'group');
	panel.setAttribute('aria-label', 'Address to copy');
	const text = document.createElement('p');
	text.textContent = reason;
	const label = document.createElement('label');
	label.textContent = 'Address';
	const field = document.createElement('input');
	field.type = 'text';
	field.className = 'copy-field';
	field.readOnly = true;
	field.value = href;
	label.append(field);
	const close = document.createElement('button');
	close.type = 'button';
	close.textContent = 'Close';
	const dismiss = () => {
		panel.remove();
		near.focus();
	};
	close.addEventListener('click', dismiss);
	panel.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') dismiss();
	});
	panel.append(text, label, close);
	(near.closest('li, p, dd, footer') ?? near).after(panel);
	field.focus();
	field.select();
}

/** What a reader is told when the address is shown for copying by hand. */
export const COPY_BY_HAND = 'Copying is blocked on this page. The address is selected: press Ctrl+C (or Command+C) to copy it.';

/**
 * Copies `text` through the Clipboard API where this page's permissions policy (read where the
 * browser exposes it) allows; false where it does not, or the write was refused.
 */
export async function writeClipboard(text: string): Promise<boolean> {
	const policy = (document as { featurePolicy?: { allowsFeature(feature: string): boolean } }).featurePolicy;
	if (copyMethod({ clipboardApi: Boolean(navigator.clipboard), policyAllows: policy?.allowsFeature('clipboard-write') }) === 'field') return false;
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/** Copies `href`, or shows it selected when the frame does not allow copying. */
export async function copyLink(button: HTMLElement, href: string, status: HTMLElement | null): Promise<void> {
	if (!(await writeClipboard(href))) return showAddress(button, href, COPY_BY_HAND);
	if (status) status.textContent = 'Link copied.';
}

/** Makes every link in a framed embed do something useful, whatever the frame allows. */
export function rescueLinks(findings: FrameFindings, wordpressSecret: string | undefined): void {
	document.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest?.('a[href]');
		if (event.defaultPrevented || !(link instanceof HTMLAnchorElement)) return;
		if (event.button !== 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
		const sameSite = link.origin === location.origin;
		const facts = { sameSite, embedPath: sameSite ? embedPathFor(link.pathname, location.pathname) : undefined };
		let action = linkAction(findings, facts);
		if (action === 'follow') return;
		event.preventDefault();
		if (action === 'try-new-tab') {
			const opened = window.open(link.href, '_blank');
			findings.popups = opened ? 'allowed' : 'blocked';
			if (opened) {
				opened.opener = null;
				return;
			}
			action = linkAction(findings, facts);
		}
		if (action === 'ask-host') {
			window.parent.postMessage(wordpressLinkMessage(link.href, wordpressSecret!), '*');
		} else if (action === 'open-here') {
			// The same options, Pym id and WordPress secret, so the frame keeps its size and looks.
			location.assign(`${facts.embedPath}${location.search}${location.hash}`);
		} else {
			showAddress(link, link.href, 'This frame cannot open new tabs. To visit the page, copy its address into a new tab:');
		}
	});
}
