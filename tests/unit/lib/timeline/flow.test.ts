import { describe, expect, test } from 'vitest';
import { gapLabel, layoutFlow } from '../../../../src/lib/timeline/flow';
import { makeEvent, makePhase } from './builders';

describe('gapLabel', () => {
	test('names the whole years between two events', () => {
		expect(gapLabel(2007, 2010)).toBe('2008 to 2009: nothing in this story');
		expect(gapLabel(2019, 2021)).toBe('2020: nothing in this story');
	});
	test('says nothing for the same or the next year', () => {
		expect(gapLabel(2014, 2014)).toBeUndefined();
		expect(gapLabel(2014, 2015)).toBeUndefined();
	});
});

describe('layoutFlow', () => {
	const phases = [makePhase('p1', '2006', '2007'), makePhase('p2', '2010', '2013'), makePhase('p3', '2014', '2016')];
	test('groups events under their phases and collapses empty years into one marker', () => {
		const events = [makeEvent('a', '2006-06', { phase: 'p1' }), makeEvent('b', '2007-10', { phase: 'p1' }), makeEvent('c', '2010-07', { phase: 'p2' }), makeEvent('d', '2011', { phase: 'p2' })];
		const sections = layoutFlow(events, phases);
		expect(sections.map((section) => [section.phase.id, section.items.map((item) => (item.type === 'event' ? item.event.id : item.label))])).toEqual([
			['p1', ['a', 'b']],
			['p2', ['2008 to 2009: nothing in this story', 'c', 'd']],
		]);
	});
	test('leaves out phases with no events shown', () => {
		expect(layoutFlow([makeEvent('c', '2010-07', { phase: 'p2' })], phases).map((section) => section.phase.id)).toEqual(['p2']);
	});
});
