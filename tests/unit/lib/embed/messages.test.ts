import { describe, expect, test } from 'vitest';
import {
	HEIGHT_MESSAGE_TYPE,
	clampHeight,
	heightMessages,
	isWordpressReady,
	readHostProtocols,
	wordpressLinkMessage,
} from '../../../../src/lib/embed/messages';

describe('readHostProtocols', () => {
	test('reads the WordPress secret from the hash and the Pym child id from the query', () => {
		expect(readHostProtocols('?childId=timeline-1&initialWidth=600', '#?secret=Ab12Cd34Ef')).toEqual({
			wordpressSecret: 'Ab12Cd34Ef',
			pymChildId: 'timeline-1',
		});
	});
	test('rejects secrets and ids with anything but plain characters', () => {
		expect(readHostProtocols('?childId=a"b', '#?secret=abc"><img')).toEqual({ wordpressSecret: undefined, pymChildId: undefined });
		expect(readHostProtocols('', '')).toEqual({ wordpressSecret: undefined, pymChildId: undefined });
		expect(readHostProtocols(`?childId=${'a'.repeat(65)}`, `#?secret=${'a'.repeat(65)}`).pymChildId).toBeUndefined();
	});
});

describe('heightMessages', () => {
	test('always sends our namespaced message', () => {
		expect(heightMessages(480.2, { wordpressSecret: undefined, pymChildId: undefined })).toEqual([
			{ type: HEIGHT_MESSAGE_TYPE, height: 481 },
		]);
	});
	test('adds the WordPress and Pym.js dialects when the URL asked for them', () => {
		expect(heightMessages(500, { wordpressSecret: 'Ab12Cd34Ef', pymChildId: 'chart' })).toEqual([
			{ type: HEIGHT_MESSAGE_TYPE, height: 500 },
			{ message: 'height', value: 500, secret: 'Ab12Cd34Ef' },
			'pymxPYMxchartxPYMxheightxPYMx500',
		]);
	});
});

test('clampHeight keeps heights sane', () => {
	expect(clampHeight(Number.NaN)).toBe(150);
	expect(clampHeight(-5)).toBe(150);
	expect(clampHeight(1e9)).toBe(20000);
});

test('WordPress link and ready messages', () => {
	expect(wordpressLinkMessage('https://x.example/events/a/', 'abc')).toEqual({
		message: 'link',
		value: 'https://x.example/events/a/',
		secret: 'abc',
	});
	expect(isWordpressReady({ message: 'ready', secret: 'abc' }, 'abc')).toBe(true);
	expect(isWordpressReady({ message: 'ready', secret: 'xyz' }, 'abc')).toBe(false);
	expect(isWordpressReady({ message: 'ready', secret: 'abc' }, undefined)).toBe(false);
	expect(isWordpressReady('ready', 'abc')).toBe(false);
});
