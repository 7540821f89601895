/**
 * Debian's Chromium, as every browser test drives it. No test tool downloads a browser: the
 * path is /usr/bin/chromium unless CHROMIUM_PATH says otherwise. Kept apart from browser.ts,
 * which imports vitest's test APIs, so that the global setup can launch it too.
 */
import { chromium, type LaunchOptions } from 'playwright-core';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The path, and the flags that keep Chromium from calling out to the network on these machines. */
export const LAUNCH_OPTIONS: LaunchOptions = {
	executablePath: CHROMIUM_PATH,
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
};

/** One Chromium that test files connect to in turn (launching and closing one costs about 1.6 s of CPU). */
export function launchBrowserServer() {
	return chromium.launchServer(LAUNCH_OPTIONS);
}
