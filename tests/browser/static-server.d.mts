export interface HeaderRule {
	pattern: RegExp;
	headers: [string, string][];
}
export function parseHeadersFile(text: string): HeaderRule[];
export function startStaticServer(options: {
	root: string;
	port?: number;
	applyHeaders?: boolean;
}): Promise<{ url: string; close: () => Promise<void> }>;
