/** Every HTML file under a built site's folder. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}
