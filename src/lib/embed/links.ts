/**
 * What a link and "copy link" do inside an embed, decided from what the embed has found out
 * about its frame rather than assumed from the host. A frame sandboxed without allow-popups
 * (as WordPress frames every embed) cannot open new tabs, and there the browser drops a
 * target="_blank" click silently; so the embed tries a new tab itself, sees whether one
 * opened, and otherwise shows the page in the frame (if it has an embeddable view) or its
 * address to copy. Pure: embed-shell.ts supplies the findings and acts on the answer.
 */
import { routes } from '../routes';

/** Whether new tabs open from this frame: unknown until a window.open() on a reader's click returns. */
export type Popups = 'unknown' | 'allowed' | 'blocked';

export interface FrameFindings {
	/** The page is inside a frame. */
	framed: boolean;
	popups: Popups;
	/** The host is WordPress's wp-embed.js, which opens links to this site in its own window on request. */
	hostOpensSiteLinks: boolean;
}

export interface LinkFacts {
	/** The link goes to this site. */
	sameSite: boolean;
	/** Path of the linked page's embeddable view, which the frame itself may show. */
	embedPath: string | undefined;
}

export type LinkAction =
	/** Let the browser follow it (a new tab, through the embed's `<base target="_blank">`). */
	| 'follow'
	/** Ask WordPress to open it in the top window. */
	| 'ask-host'
	/** Open a new tab from script and see whether it opened; if not, decide again. */
	| 'try-new-tab'
	/** Show the linked page's embeddable view in this frame. */
	| 'open-here'
	/** Show the address, selected, for the reader to copy. */
	| 'show-address';

/** What a plain click on a link should do. */
export function linkAction(frame: FrameFindings, link: LinkFacts): LinkAction {
	if (!frame.framed || frame.popups === 'allowed') return 'follow';
	if (link.sameSite && frame.hostOpensSiteLinks) return 'ask-host';
	if (frame.popups === 'unknown') return 'try-new-tab';
	return link.sameSite && link.embedPath ? 'open-here' : 'show-address';
}

/**
 * The embeddable view of the page at a path on this site, if it has one other than the view
 * the frame shows now (an event card's own "read the whole story" would only reload it).
 */
export function embedPathFor(path: string, currentPath: string): string | undefined {
	const page = routes.pageAt(path);
	const embed = page && routes.embed(page);
	return embed === currentPath ? undefined : embed;
}

export interface ClipboardFindings {
	/** `navigator.clipboard.writeText` exists (it needs a secure context). */
	clipboardApi: boolean;
	/** The permissions policy's answer for `clipboard-write`; undefined where the browser cannot say. */
	policyAllows: boolean | undefined;
}

/**
 * How "copy link" copies: through the Clipboard API, or (where the frame's policy forbids it
 * or there is no API) by showing the address selected in a text field. A clipboard write that
 * is tried and rejected falls back to the field too.
 */
export function copyMethod(found: ClipboardFindings): 'clipboard' | 'field' {
	return found.clipboardApi && found.policyAllows !== false ? 'clipboard' : 'field';
}
