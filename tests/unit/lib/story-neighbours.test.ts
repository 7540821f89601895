import { describe, expect, test } from 'vitest';
import { storyNeighbours } from '../../../src/lib/story-neighbours';

const event = (id: string, ...actors: string[]) => ({ id, actors: actors.map((actor) => ({ id: actor })) });
const events = [event('a', 'capita'), event('b', 'unison'), event('c', 'capita', 'unison'), event('d', 'nhs'), event('e', 'capita')];

describe('storyNeighbours', () => {
	test('names the events just before and after in the story', () => {
		const { previous, next } = storyNeighbours(events, 'c');
		expect(previous?.id).toBe('b');
		expect(next?.id).toBe('d');
	});
	test('has no previous event at the start and no next at the end', () => {
		expect(storyNeighbours(events, 'a').previous).toBeUndefined();
		expect(storyNeighbours(events, 'e').next).toBeUndefined();
	});
	test('follows each organisation through its own events, skipping others', () => {
		const { threads } = storyNeighbours(events, 'c');
		expect(threads.map((thread) => [thread.organisation, thread.previous?.id, thread.next?.id])).toEqual([
			['capita', 'a', 'e'],
			['unison', 'b', undefined],
		]);
	});
	test('leaves out organisations that appear in this event alone', () => {
		expect(storyNeighbours(events, 'd').threads).toEqual([]);
	});
	test('leaves out a thread that leads exactly where the story does', () => {
		const together = [event('a', 'x', 'y'), event('b', 'x', 'y'), event('c', 'x')];
		expect(storyNeighbours(together, 'b').threads.map((thread) => thread.organisation)).toEqual(['y']);
	});
	test('lists what happened next in date order, whatever order the content gives', () => {
		expect(storyNeighbours(events, 'a', ['e', 'c']).followedBy.map((e) => e.id)).toEqual(['c', 'e']);
	});
	test('throws for an unknown event', () => {
		expect(() => storyNeighbours(events, 'z')).toThrow('no event "z"');
	});
});
