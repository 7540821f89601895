import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that are short but slow: each runs its tests over the ~30 pages the browser suite
 * reads whole (tests/browser/chosen-pages.ts).
 */
const SHORT_BUT_SLOW = /\/pages(-without-javascript)?\.browser\.test\.ts$/;

/**
 * Vitest's order, except on a clean checkout. Vitest starts the files it remembers as slowest
 * first, and without remembered times (a fresh clone, as CI runs) the largest first: the short
 * but slow files would then start last and leave one worker running alone at the end.
 */
export default class Sequencer extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		if (files.every((file) => this.ctx.cache.getTestSpecificationResult(file))) return sorted;
		const slow = (file: TestSpecification) => SHORT_BUT_SLOW.test(file.moduleId);
		return [...sorted.filter(slow), ...sorted.filter((file) => !slow(file))];
	}
}
