/**
 * A small Atom 1.0 (RFC 4287) writer: @astrojs/rss writes RSS only, and Atom says more
 * precisely what each entry is (id, updated, summary). Pure string building with every text
 * and attribute escaped, so a title such as `A & B <script>` cannot break the document.
 */

export interface AtomEntry {
	/** A permanent IRI for the entry; the entry's page address serves. */
	id: string;
	title: string;
	/** When the entry was published or last changed, as an RFC 3339 date-time. */
	updated: string;
	/** The absolute address of the entry's page. */
	link: string;
	/** One or two plain sentences. */
	summary: string;
	/** A label for the kind of entry (`New event`, `Correction`). */
	category: string;
}

export interface AtomFeed {
	id: string;
	title: string;
	subtitle: string;
	/** The feed's own absolute address (`rel="self"`). */
	self: string;
	/** The site's home page (`rel="alternate"`). */
	home: string;
	author: string;
	/** Newest first; the feed's `updated` is the newest entry's (or `fallbackUpdated` when empty). */
	entries: AtomEntry[];
	/** Used as the feed's `updated` when it has no entries. */
	fallbackUpdated: string;
}

/** Characters XML 1.0 forbids outright (most C0 controls and unpaired surrogates). */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for use in XML content or a double- or single-quoted attribute, dropping
 * characters XML cannot carry at all.
 * @example escapeXml('A & B <i>"x"</i>') // => 'A &amp; B &lt;i&gt;&quot;x&quot;&lt;/i&gt;'
 */
export function escapeXml(text: string): string {
	return text
		.replace(FORBIDDEN, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/**
 * A partial date (`2026`, `2026-11`, `2026-11-30`) as the RFC 3339 date-time of its first
 * moment in UTC, which is what Atom's `updated` needs.
 * @example toAtomDate('2026-11') // => '2026-11-01T00:00:00Z'
 */
export function toAtomDate(partialDate: string): string {
	const [year, month = '01', day = '01'] = partialDate.split('-');
	return `${year}-${month}-${day}T00:00:00Z`;
}

/** The whole feed document, UTF-8, ready to serve as `application/atom+xml`. */
export function buildAtomFeed(feed: AtomFeed): string {
	const text = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
	const link = (rel: string, href: string, type?: string) =>
		`<link rel="${rel}" href="${escapeXml(href)}"${type ? ` type="${escapeXml(type)}"` : ''}/>`;
	const updated = feed.entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), '') || feed.fallbackUpdated;
	const entries = feed.entries.map((entry) =>
		[
			'<entry>',
			text('id', entry.id),
			text('title', entry.title),
			text('updated', entry.updated),
			link('alternate', entry.link, 'text/html'),
			`<category term="${escapeXml(entry.category)}"/>`,
			`<summary type="text">${escapeXml(entry.summary)}</summary>`,
			'</entry>',
		].join('\n'),
	);
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
		text('id', feed.id),
		text('title', feed.title),
		text('subtitle', feed.subtitle),
		text('updated', updated),
		link('self', feed.self, 'application/atom+xml'),
		link('alternate', feed.home, 'text/html'),
		`<author>${text('name', feed.author)}</author>`,
		...entries,
		'</feed>',
		'',
	].join('\n');
}
