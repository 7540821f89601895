/**
 * WordPress's handling of oEmbed HTML from a provider it does not know, ported line by line
 * from WordPress 6.1 (wp-includes/embed.php: wp_filter_oembed_result and
 * wp_maybe_enqueue_oembed_host_js; unchanged in 6.8) so unit tests can check our HTML
 * against it. wp_kses is reduced to what that filter relies on: elements not in the allowed
 * list lose their tags (their text stays), attributes not listed are dropped, and text and
 * attribute values pass through as written, entities and all.
 */
import { Parser } from 'htmlparser2';

type AllowedHtml = Record<string, Record<string, true>>;

function kses(html: string, allowed: AllowedHtml): string {
	let out = '';
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				const allowedAttributes = allowed[name];
				if (!allowedAttributes) return;
				const kept = Object.entries(attributes).filter(([attribute]) => allowedAttributes[attribute]);
				out += `<${name}${kept.map(([attribute, value]) => ` ${attribute}="${value}"`).join('')}>`;
			},
			ontext(text) {
				out += text;
			},
			onclosetag(name) {
				if (allowed[name]) out += `</${name}>`;
			},
		},
		{ decodeEntities: false, lowerCaseAttributeNames: true },
	);
	parser.write(html);
	parser.end();
	return out;
}

/** wp_filter_oembed_result(): what WordPress prints for our oEmbed HTML, with a fixed secret. */
export function wordpressFilterOembedResult(result: string, secret: string): string | false {
	const allowedHtml: AllowedHtml = {
		a: { href: true },
		blockquote: {},
		iframe: { src: true, width: true, height: true, frameborder: true, marginwidth: true, marginheight: true, scrolling: true, title: true },
	};
	let html = kses(result, allowedHtml);
	const content = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(html);
	if (!content?.[2]) return false;
	html = (content[1] ?? '') + content[2];
	const results = / src=(['"])(.*?)\1/.exec(html);
	if (results) {
		const url = `${results[2]}#?secret=${secret}`;
		const q = results[1];
		html = html.replace(results[0], ` src=${q}${url}${q} data-secret=${q}${secret}${q}`);
		html = html.replaceAll('<blockquote', `<blockquote data-secret="${secret}"`);
	}
	html = kses(html, {
		...allowedHtml,
		blockquote: { 'data-secret': true },
		iframe: { ...allowedHtml.iframe, 'data-secret': true },
	});
	if (content[1]) {
		html = html.replaceAll('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"');
		html = html.replaceAll('<blockquote', '<blockquote class="wp-embedded-content"');
	}
	return html.replaceAll('<iframe', '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
}

/** wp_maybe_enqueue_oembed_host_js(): whether WordPress loads its resizer (wp-embed.js) for this HTML. */
export function wordpressLoadsResizer(filtered: string): boolean {
	return /<blockquote\s[^>]*?wp-embedded-content/.test(filtered);
}

/**
 * The aspect-ratio classes WordPress's embed block gives an iframe whose width and height
 * attributes are close to a common shape (Gutenberg's block-library embed/util.js
 * getClassNames); with one, the block pins the frame to that shape and it cannot grow.
 */
export function wordpressAspectRatioClass(width: number, height: number): string | undefined {
	const ratios = [
		{ ratio: 2.33, className: 'wp-embed-aspect-21-9' },
		{ ratio: 2.0, className: 'wp-embed-aspect-18-9' },
		{ ratio: 1.78, className: 'wp-embed-aspect-16-9' },
		{ ratio: 1.33, className: 'wp-embed-aspect-4-3' },
		{ ratio: 1.0, className: 'wp-embed-aspect-1-1' },
		{ ratio: 0.56, className: 'wp-embed-aspect-9-16' },
		{ ratio: 0.5, className: 'wp-embed-aspect-1-2' },
	];
	const aspectRatio = Number((width / height).toFixed(2));
	const match = ratios.find(({ ratio }) => aspectRatio >= ratio);
	return match && aspectRatio - match.ratio <= 0.1 ? match.className : undefined;
}
