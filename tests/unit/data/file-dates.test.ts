import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fileDates } from '../../../src/data/file-dates';

test('a committed file is published at its first commit and modified at its latest', () => {
	const history = execFileSync('git', ['log', '--follow', '--format=%cs', '--', 'content/glossary.yaml'], { encoding: 'utf8' }).trim().split('\n');
	expect(fileDates('content/glossary.yaml')).toEqual({ published: history.at(-1), modified: history[0] });
});

test('a file git does not know is dated by its modification time', () => {
	const dir = mkdtempSync(join(tmpdir(), 'file-dates-'));
	const file = join(dir, 'event.yaml');
	writeFileSync(file, 'title: x\n');
	utimesSync(file, new Date('2020-05-06T12:00:00Z'), new Date('2020-05-06T12:00:00Z'));
	expect(fileDates(file)).toEqual({ published: '2020-05-06', modified: '2020-05-06' });
	rmSync(dir, { recursive: true });
});
