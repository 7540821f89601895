import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { markD3TimePure } from '../../../src/integrations/pure-d3-time';

const require = createRequire(import.meta.url);
const original = readFileSync(join(require.resolve('d3-time').replace(/dist[\\/].*$/, ''), 'dist', 'd3-time.mjs'), 'utf8');
const folder = mkdtempSync(join(tmpdir(), 'd3-time-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Loads a version of d3-time's source from a temporary file (its d3-array import pointed at the installed one). */
async function load(name: string, source: string) {
	const file = join(folder, `${name}.mjs`);
	writeFileSync(file, source.replace(/from ['"]d3-array['"]/g, `from '${pathToFileURL(require.resolve('d3-array')).href}'`));
	return (await import(pathToFileURL(file).href)) as typeof import('d3-time');
}

describe('markD3TimePure', () => {
	const marked = markD3TimePure(original);

	test('marks every top-level interval, weekday and ticker factory, range read and ticker pair', () => {
		expect(marked).not.toMatch(/^const \w+ = (timeInterval|timeWeekday|utcWeekday|ticker)\(/m);
		expect(marked).not.toMatch(/^const \w+ = \w+\.range;$/m);
		expect(marked).not.toMatch(/^const \[/m);
		expect(marked.match(/@__PURE__/g)?.length).toBeGreaterThan(40);
	});

	test('leaves what d3-time exports and computes unchanged', async () => {
		const [before, after] = await Promise.all([load('original', original), load('marked', marked)]);
		expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
		const from = new Date(Date.UTC(2006, 5, 13));
		const to = new Date(Date.UTC(2022, 6, 1));
		for (const name of ['utcDay', 'utcMonth', 'utcYear', 'utcSunday', 'timeDay', 'timeMonday', 'timeHour'] as const) {
			expect(after[name].range(from, to).map(Number)).toEqual(before[name].range(from, to).map(Number));
		}
		expect(after.utcYear.every(2)!.range(from, to).map(Number)).toEqual(before.utcYear.every(2)!.range(from, to).map(Number));
		expect(after.utcTicks(from, to, 12).map(Number)).toEqual(before.utcTicks(from, to, 12).map(Number));
		expect(after.timeTickInterval(from, to, 5)!.range(from, to).map(Number)).toEqual(before.timeTickInterval(from, to, 5)!.range(from, to).map(Number));
		expect(after.utcDays(from, new Date(Date.UTC(2006, 5, 20))).length).toBe(7);
	});
});
