/** Plain share links that need no script and no third party: an email with the link in it. */

/** A `mailto:` link whose subject is the page title and whose body carries the address. */
export function emailShareHref(title: string, url: string, text?: string): string {
	const body = text ? `${text}\n\n${url}` : url;
	return `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}
