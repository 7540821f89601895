import { expect, test } from 'vitest';
import { eventLabel } from '../../../../src/lib/timeline/marks';
import { makeEvent } from './builders';

test('a card’s label reads its text in order (date, sum, title, then kind), so the visible text is part of its name', () => {
	expect(eventLabel(makeEvent('a', '2014-07-02', { dateLabel: '2 July 2014', title: 'A tender', sum: '£1.22bn', kind: 'procurement' }))).toBe('2 July 2014 £1.22bn A tender, Procurement');
	expect(eventLabel(makeEvent('b', '2011-07-19', { dateLabel: '19 July 2011', title: 'A policy' }))).toBe('19 July 2011 A policy, Policy');
});
