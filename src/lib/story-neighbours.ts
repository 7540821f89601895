/**
 * Where an event sits in the story, for the event page's onward links: the events just
 * before and after it, the same within each organisation's own story, and the events the
 * content says followed from it. Pure; works on any list of events in date order.
 */

interface StoryEvent {
	id: string;
	actors: readonly { id: string }[];
	followedBy?: readonly string[];
}

export interface OrganisationThread<E> {
	/** Organisation id. */
	organisation: string;
	previous?: E;
	next?: E;
}

export interface StoryNeighbours<E> {
	previous?: E;
	next?: E;
	/** For each of the event's organisations with other events, its previous and next one, unless those are the story's own. */
	threads: OrganisationThread<E>[];
	/** The events the content names as what happened next, in date order. */
	followedBy: E[];
}

function around<E>(list: readonly E[], index: number): { previous?: E; next?: E } {
	const previous = list[index - 1];
	const next = list[index + 1];
	return { ...(previous && { previous }), ...(next && { next }) };
}

/**
 * The neighbours of the event `id` in `events` (which must be in date order).
 * @example storyNeighbours([a, b, c], 'b') // => { previous: a, next: c, threads: [...], followedBy: [] }
 */
export function storyNeighbours<E extends StoryEvent>(events: readonly E[], id: string, followedBy: readonly string[] = []): StoryNeighbours<E> {
	const index = events.findIndex((event) => event.id === id);
	if (index < 0) throw new Error(`storyNeighbours: no event "${id}"`);
	const event = events[index]!;
	const story = around(events, index);
	// An organisation's thread is worth showing only where it leads somewhere the story's own
	// previous and next links do not.
	const threads = event.actors.flatMap(({ id: organisation }) => {
		const own = events.filter((other) => other.actors.some((actor) => actor.id === organisation));
		const thread = around(own, own.indexOf(event));
		if (own.length < 2 || (thread.previous === story.previous && thread.next === story.next)) return [];
		return [{ organisation, ...thread }];
	});
	const wanted = new Set(followedBy);
	return {
		...story,
		threads,
		followedBy: events.filter((other) => wanted.has(other.id)),
	};
}
