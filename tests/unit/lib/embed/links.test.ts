import { describe, expect, test } from 'vitest';
import { copyMethod, embedPathFor, linkAction, type FrameFindings } from '../../../../src/lib/embed/links';

const wordpress: FrameFindings = { framed: true, popups: 'unknown', hostOpensSiteLinks: true };
const sandboxed: FrameFindings = { framed: true, popups: 'unknown', hostOpensSiteLinks: false };
const event = { sameSite: true, embedPath: '/embed/events/e/' };
const organisation = { sameSite: true, embedPath: undefined };
const source = { sameSite: false, embedPath: undefined };

describe('linkAction', () => {
	test('outside a frame, and where new tabs are known to open, links are followed', () => {
		expect(linkAction({ ...sandboxed, framed: false }, source)).toBe('follow');
		expect(linkAction({ ...sandboxed, popups: 'allowed' }, event)).toBe('follow');
	});
	test('in WordPress, links to this site go to WordPress, which opens them in its own window', () => {
		expect(linkAction(wordpress, event)).toBe('ask-host');
		expect(linkAction(wordpress, organisation)).toBe('ask-host');
	});
	test('anything else first tries a new tab, since only trying tells whether the frame may open one', () => {
		expect(linkAction(wordpress, source)).toBe('try-new-tab');
		expect(linkAction(sandboxed, event)).toBe('try-new-tab');
	});
	test('once a new tab failed, pages with an embeddable view open in the frame and the rest show their address', () => {
		const blocked = { ...sandboxed, popups: 'blocked' } as const;
		expect(linkAction(blocked, event)).toBe('open-here');
		expect(linkAction(blocked, organisation)).toBe('show-address');
		expect(linkAction(blocked, source)).toBe('show-address');
		expect(linkAction({ ...wordpress, popups: 'blocked' }, source)).toBe('show-address');
	});
});

test('embedPathFor finds the embeddable view of event, phase and timeline pages, unless the frame shows it already', () => {
	const here = '/embed/timeline/';
	expect(embedPathFor('/events/e/', here)).toBe('/embed/events/e/');
	expect(embedPathFor('/phases/p/', here)).toBe('/embed/timeline/p/');
	expect(embedPathFor('/timeline/', '/embed/events/e/')).toBe('/embed/timeline/');
	expect(embedPathFor('/timeline/', here)).toBeUndefined();
	expect(embedPathFor('/organisations/o/', here)).toBeUndefined();
	expect(embedPathFor('/sources/', here)).toBeUndefined();
});

test('copyMethod uses the clipboard unless the frame’s policy forbids it or there is none', () => {
	expect(copyMethod({ clipboardApi: true, policyAllows: true })).toBe('clipboard');
	expect(copyMethod({ clipboardApi: true, policyAllows: undefined })).toBe('clipboard');
	expect(copyMethod({ clipboardApi: true, policyAllows: false })).toBe('field');
	expect(copyMethod({ clipboardApi: false, policyAllows: true })).toBe('field');
});
