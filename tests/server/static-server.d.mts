import type { Header } from '@netlify/headers-parser';
export function readHeaderRules(file: string): Promise<Header[]>;
export function headersForPath(rules: Header[], path: string): [string, string][];
export function startStaticServer(options: {
	root: string;
	port?: number;
	applyHeaders?: boolean;
}): Promise<{ url: string; close: () => Promise<void> }>;
