import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync'] });
const [path, width, out, full] = process.argv.slice(2);
const p = await b.newPage({ viewport: { width: Number(width), height: 900 } });
await p.goto('http://127.0.0.1:4555' + path, { waitUntil: 'networkidle' });
await p.screenshot({ path: out, fullPage: full === 'full' });
await b.close();
