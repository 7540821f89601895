/**
 * A Vite plugin that lets the bundler drop the parts of d3-time the site never imports.
 * d3-time ships as one file that builds every interval with a top-level call
 * (`const timeDay = timeInterval(…)`), reads each one's `.range` and destructures its tickers at
 * the top level; a bundler must keep calls, property reads and destructuring it cannot prove
 * harmless, so all of it (and the d3-array functions its tickers use) reached the page. This
 * marks them pure, in that file only: they only build functions and objects. The timeline
 * uses three UTC intervals.
 */
import type { Plugin } from 'vite';

const D3_TIME = /[\\/]node_modules[\\/]d3-time[\\/]dist[\\/]d3-time\.mjs$/;

/** d3-time's source with its interval factories and `.range` reads marked pure. */
export function markD3TimePure(source: string): string {
	return source
		.replace(/= (timeInterval|timeWeekday|utcWeekday|ticker)\(/g, '= /* @__PURE__ */ $1(')
		.replace(/^const (\w+) = (\w+)\.range;$/gm, 'const $1 = /* @__PURE__ */ (() => $2.range)();')
		.replace(/^const \[(\w+), (\w+)\] = (\/\* @__PURE__ \*\/ ticker\(.*\));$/gm, 'const $1$2 = $3, $1 = /* @__PURE__ */ (() => $1$2[0])(), $2 = /* @__PURE__ */ (() => $1$2[1])();');
}

export function pureD3Time(): Plugin {
	return {
		name: 'pure-d3-time',
		transform(source, id) {
			return D3_TIME.test(id) ? { code: markD3TimePure(source), map: null } : undefined;
		},
	};
}
