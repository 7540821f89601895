/**
 * When a content file was first published and last changed: the dates (YYYY-MM-DD) of the
 * first and latest commits that touched it, so rebuilding one commit always writes the same
 * pages. Outside a git checkout, or for a file not yet committed, the file's modification
 * time stands for both.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

export interface FileDates {
	published: string;
	modified: string;
}

const cache = new Map<string, FileDates>();

function commitDates(path: string): string[] {
	try {
		// Newest first; --follow keeps the history of a renamed file.
		const out = execFileSync('git', ['log', '--follow', '--format=%cs', '--', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
		return out.split('\n').filter(Boolean);
	} catch {
		return [];
	}
}

/** The dates of one content file, by its path from the project root. */
export function fileDates(path: string): FileDates {
	let dates = cache.get(path);
	if (!dates) {
		const commits = commitDates(path);
		const mtime = statSync(path).mtime.toISOString().slice(0, 10);
		dates = { published: commits.at(-1) ?? mtime, modified: commits[0] ?? mtime };
		cache.set(path, dates);
	}
	return dates;
}
