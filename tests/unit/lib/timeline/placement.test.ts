import { describe, expect, test } from 'vitest';
import { placeCards, type PlacementOptions } from '../../../../src/lib/timeline/placement';

const options: PlacementOptions = { lanes: 2, cardWidth: 100, gap: 10, maxShiftLeft: 80, maxShiftRight: 40, underShift: 76, min: 0, max: 1000 };

describe('placeCards', () => {
	test('puts each card at its date in the first free lane', () => {
		expect(placeCards([0, 10, 300], [0, 1, 2], options)).toEqual([{ lane: 0, x: 0 }, { lane: 1, x: 10 }, { lane: 0, x: 300 }]);
	});
	test('moves a card beside its date when its own spot is taken: left first while its date stays under it, else right', () => {
		const one = { ...options, lanes: 1, maxShiftRight: 80 };
		expect(placeCards([400, 350], [0, 1], one)[1]).toEqual({ lane: 0, x: 290 });
		expect(placeCards([300, 350], [0, 1], one)[1]).toEqual({ lane: 0, x: 410 });
	});
	test('gives up rather than overlap, and places in the order given', () => {
		const crowded = placeCards([500, 500, 500, 500], [3, 2, 1, 0], { ...options, maxShiftLeft: 0, maxShiftRight: 0 });
		expect(crowded).toEqual([undefined, undefined, { lane: 1, x: 500 }, { lane: 0, x: 500 }]);
	});
	test('keeps cards within the bounds', () => {
		expect(placeCards([990], [0], { ...options, maxShiftLeft: 100 })).toEqual([{ lane: 0, x: 900 }]);
		expect(placeCards([990], [0], options)).toEqual([undefined]);
	});
	// Its speed is measured where speed belongs, in `npm run bench` (the 1,000 synthetic events rows).
	test('with a thousand cards in few lanes, no two cards in a lane overlap', () => {
		const anchors = Array.from({ length: 1000 }, (_, index) => index * 7);
		const slots = placeCards(anchors, anchors.map((_, index) => index), { ...options, max: 8000 });
		expect(slots.filter(Boolean).length).toBeGreaterThan(100);
		for (const lane of [0, 1]) {
			const xs = slots.flatMap((slot) => (slot?.lane === lane ? [slot.x] : [])).sort((a, b) => a - b);
			expect(xs.every((x, index) => index === 0 || x - xs[index - 1]! >= 110 - 1e-6)).toBe(true);
		}
	});
});
