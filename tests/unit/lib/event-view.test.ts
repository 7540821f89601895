import { describe, expect, test } from 'vitest';
import { buildEventViews } from '../../../src/lib/event-view';
import { event, organisations, sources } from '../fixtures/event-entries';

const phases = [{ id: 'p1', title: 'The PCT plan', shortTitle: 'PCT plan', order: 1 }];
const build = (events: (typeof event)[]) => buildEventViews({ events, phases, organisations, sources });

describe('buildEventViews', () => {
	test('resolves the phase, organisations and sources, with one citation label', () => {
		const [view] = build([event]);
		expect(view!.href).toBe('/events/e1/');
		expect(view!.phase).toEqual({ id: 'p1', title: 'The PCT plan', shortTitle: 'PCT plan', order: 1, href: '/phases/p1/' });
		expect(view!.actors).toEqual([{ id: 'optum', name: 'Optum', href: '/organisations/optum/' }]);
		expect(view!.sources).toEqual([
			{ id: 's1', title: 'A report', publisher: 'The Guardian', url: 'https://example.org/a', pointer: 'p. 3', label: 'The Guardian, 2006, p. 3', about: '/sources/#s1' },
		]);
		expect(view!.kindLabel).toBe('Contract');
	});
	test('gives times in UTC ms, and a year-precision date covers the whole year', () => {
		expect([build([event])[0]!.start, build([event])[0]!.end, build([event])[0]!.dateLabel]).toEqual([Date.UTC(2006, 6, 6), Date.UTC(2006, 6, 7), '6 July 2006']);
		const [year] = build([{ ...event, date: '2014' }]);
		expect([year!.start, year!.end, year!.dateLabel]).toEqual([Date.UTC(2014, 0, 1), Date.UTC(2015, 0, 1), '2014']);
	});
	test('writes each amount in both forms and attributes estimates to whoever made them', () => {
		const [amount] = build([event])[0]!.amounts;
		expect([amount!.short, amount!.long, amount!.line]).toEqual(['£64bn', '£64 billion', '£64 billion: PCT budgets (UNISON estimate)']);
		expect(amount!.saidBy.name).toBe('UNISON');
		const stated = build([{ ...event, amounts: [{ ...event.amounts[0]!, estimate: false }] }])[0]!.amounts[0]!;
		expect(stated.line).toBe('£64 billion: PCT budgets (UNISON)');
	});
	test('leaves the headline out when no amount is in pounds', () => {
		const amounts = [{ ...event.amounts[0]!, unit: 'percent' as const, value: 30 }];
		expect(build([{ ...event, amounts }])[0]!.headline).toBeUndefined();
	});
	test('takes the largest sum as the headline, ranges by their upper end', () => {
		const amounts = [event.amounts[0]!, { ...event.amounts[0]!, value: 1e9, upTo: 80e9 }];
		expect(build([{ ...event, amounts }])[0]!.headline?.short).toBe('£1bn to £80bn');
	});
	test('throws on an id the content check should have caught, naming it', () => {
		expect(() => build([{ ...event, actors: ['ghost'] }])).toThrow('unknown organisation "ghost"');
	});
});
