import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../../lib/content-integrity';
import { readContent } from './read-content';

/**
 * Checks all content before Astro loads it, so that `astro dev`, `astro build` and
 * `astro check` stop with every problem listed (file, field, what is wrong), one per line.
 */
export function contentCheck(options: { contentDir: string }): AstroIntegration {
	return {
		name: 'content-check',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const root = fileURLToPath(config.root);
				const { problems } = readContent(fileURLToPath(new URL(options.contentDir, config.root)), root);
				if (problems.length === 0) {
					logger.info('content checked: no problems');
					return;
				}
				const lines = problems.map(formatProblem);
				const error = new Error(
					`Content check failed with ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`,
				);
				error.stack = error.message; // the stack would only point here, not at the content
				throw error;
			},
		},
	};
}
