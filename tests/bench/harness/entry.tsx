/**
 * Bench-only page: the real Timeline island over N synthetic events (`?events=1000`, default
 * 1000) spread over 2006–2022 with six overlapping phases. Built by tests/bench/run.mjs with
 * vite into a temporary folder, so synthetic data never reaches the production site.
 */
import { createRoot } from 'react-dom/client';
import Timeline from '../../../src/components/islands/timeline/Timeline';
import { EVENT_KINDS, type TimelineEvent, type TimelinePhase } from '../../../src/lib/timeline/types';
import '../../../src/styles/global.css';

const count = Number(new URLSearchParams(location.search).get('events') ?? 1000);
const from = Date.UTC(2006, 0, 1);
const span = Date.UTC(2022, 11, 31) - from;
const DAY = 86_400_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// Deterministic pseudo-random spacing, so events bunch up as real ones do.
let seed = 42;
const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;

const events: TimelineEvent[] = Array.from({ length: count }, (_, index) => {
	const start = from + Math.floor(random() * span / DAY) * DAY;
	const date = new Date(start);
	return {
		id: `synthetic-${index}`,
		date: date.toISOString().slice(0, 10),
		dateLabel: `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`,
		start,
		end: start + DAY,
		title: `Synthetic event number ${index} with a title of typical length`,
		kind: EVENT_KINDS[index % EVENT_KINDS.length]!,
		key: index % 3 === 0,
		phase: `phase-${1 + Math.min(5, Math.floor(((start - from) / span) * 6))}`,
		actors: [],
		...(index % 5 === 0 ? { sum: '£1.2bn' } : {}),
	};
}).sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));

const phases: TimelinePhase[] = [
	[2006, 2007], [2010, 2013], [2014, 2016], [2014, 2017], [2016, 2019], [2021, 2022],
].map(([first, last], index) => ({
	id: `phase-${index + 1}`,
	shortTitle: `Synthetic phase ${index + 1}`,
	order: index + 1,
	commissioner: 'Synthetic commissioners',
	start: Date.UTC(first!, 0, 1),
	end: Date.UTC(last! + 1, 0, 1),
}));

createRoot(document.getElementById('root')!).render(<Timeline events={events} phases={phases} organisations={[]} />);
