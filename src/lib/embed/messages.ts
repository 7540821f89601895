/**
 * The messages an embedded timeline sends its host page so the iframe can fit its content.
 * Three dialects, because hosts already speak them:
 * - ours: `{ type: 'who-buys-our-care:height', height }`, read by /embed.js;
 * - WordPress (wp-embed.js): `{ message: 'height', value, secret }`, where the secret is the one
 *   WordPress put in the iframe's URL as `#?secret=…`;
 * - Pym.js: the string `pymxPYMx<childId>xPYMxheightxPYMx<height>`, where Pym put `childId`
 *   in the iframe's query string.
 */

/** The `type` of our own height message. Documented in the README and on /embed/. */
export const HEIGHT_MESSAGE_TYPE = 'who-buys-our-care:height';

/** Heights are clamped so a broken layout cannot ask a host for a mile-high iframe. */
export const HEIGHT_BOUNDS = { min: 150, max: 20000 } as const;

const PYM_DELIMITER = 'xPYMx';
/** WordPress rejects secrets with anything but ASCII letters and digits; so do we. */
const WORDPRESS_SECRET = /^[A-Za-z0-9]{1,64}$/;
/** Pym takes the parent element's id; we accept only plain id characters. */
const PYM_CHILD_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Where the embed should report its height, read from its own URL. */
export interface HostProtocols {
	/** WordPress secret from `#?secret=…`, if valid. */
	wordpressSecret: string | undefined;
	/** Pym.js child id from `?childId=…`, if valid. */
	pymChildId: string | undefined;
}

/** Reads the WordPress secret (hash) and Pym child id (query) from the embed's URL. */
export function readHostProtocols(search: string, hash: string): HostProtocols {
	const secret = new URLSearchParams(hash.replace(/^#\??/, '').slice(0, 200)).get('secret') ?? '';
	const childId = new URLSearchParams(search.slice(0, 2048)).get('childId') ?? '';
	return {
		wordpressSecret: WORDPRESS_SECRET.test(secret) ? secret : undefined,
		pymChildId: PYM_CHILD_ID.test(childId) ? childId : undefined,
	};
}

/** A whole number of pixels inside HEIGHT_BOUNDS. */
export function clampHeight(height: number): number {
	if (!Number.isFinite(height)) return HEIGHT_BOUNDS.min;
	return Math.min(HEIGHT_BOUNDS.max, Math.max(HEIGHT_BOUNDS.min, Math.ceil(height)));
}

/** Every message to post to the parent for one height, in each dialect the URL asked for. */
export function heightMessages(height: number, protocols: HostProtocols): unknown[] {
	const value = clampHeight(height);
	const messages: unknown[] = [{ type: HEIGHT_MESSAGE_TYPE, height: value }];
	if (protocols.wordpressSecret) {
		messages.push({ message: 'height', value, secret: protocols.wordpressSecret });
	}
	if (protocols.pymChildId) {
		messages.push(['pym', protocols.pymChildId, 'height', String(value)].join(PYM_DELIMITER));
	}
	return messages;
}

/** The WordPress message asking the host to open a link in the top window. */
export function wordpressLinkMessage(href: string, secret: string) {
	return { message: 'link', value: href, secret };
}

/** Whether a message from the parent is WordPress saying it is ready for our height. */
export function isWordpressReady(data: unknown, secret: string | undefined): boolean {
	if (!secret || typeof data !== 'object' || data === null) return false;
	const { message, secret: theirs } = data as { message?: unknown; secret?: unknown };
	return message === 'ready' && theirs === secret;
}
