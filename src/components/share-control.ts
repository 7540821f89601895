/**
 * Turns on the share control's buttons where the browser can do what they promise:
 * `navigator.share` for the system share sheet, the clipboard for "Copy link".
 */

const CONFIRM_MS = 6000;

/** Enhances every `[data-share]` section on the page. */
export function enhanceShareControls(): void {
	for (const root of document.querySelectorAll<HTMLElement>('[data-share]')) {
		const { url = location.href, title = document.title, text = '' } = root.dataset;
		const nativeButton = root.querySelector<HTMLButtonElement>('[data-share-native]');
		const copyButton = root.querySelector<HTMLButtonElement>('[data-share-copy]');
		const status = root.querySelector<HTMLElement>('[data-share-status]');
		let clearStatus: ReturnType<typeof setTimeout> | undefined;
		const announce = (message: string) => {
			if (!status) return;
			clearTimeout(clearStatus);
			status.textContent = message;
			clearStatus = setTimeout(() => (status.textContent = ''), CONFIRM_MS);
		};

		if (nativeButton && typeof navigator.share === 'function') {
			nativeButton.hidden = false;
			nativeButton.addEventListener('click', () => {
				navigator.share({ title, text, url }).catch((error: unknown) => {
					// The reader closing the share sheet is not an error worth reporting.
					if (!(error instanceof DOMException && error.name === 'AbortError')) {
						announce('Sharing did not work here; copy the link below instead.');
					}
				});
			});
		}
		if (copyButton && navigator.clipboard && window.isSecureContext) {
			copyButton.hidden = false;
			copyButton.addEventListener('click', async () => {
				try {
					await navigator.clipboard.writeText(url);
					announce('Link copied. Paste it wherever you want to share it.');
				} catch {
					announce('Your browser did not allow copying; copy the link below instead.');
				}
			});
		}
	}
}
