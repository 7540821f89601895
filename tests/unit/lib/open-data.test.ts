import { describe, expect, test } from 'vitest';
import {
	CSV_COLUMNS,
	EventsExportSchema,
	buildEventsExport,
	csvCell,
	eventsCsv,
	eventsJsonSchema,
} from '../../../src/lib/open-data/events-export';
import { buildEventViews } from '../../../src/lib/event-view';

const input = {
	site: new URL('https://x.example'),
	siteName: 'Site',
	events: buildEventViews({
		phases: [{ id: 'p1', title: 'Phase one', shortTitle: 'One', order: 1 }],
		organisations: [
			{ id: 'unison', name: 'UNISON', kind: 'union', aliases: [], description: 'd' },
			{ id: 'optum', name: 'Optum', kind: 'company', aliases: [], description: 'd' },
		],
		sources: [{ id: 's1', title: 'A report, "quoted"', publisher: 'Pub', date: '2014', url: 'https://news.example/a', kind: 'news' }],
		events: [
			{
				id: 'e1',
				title: 'Contract, signed',
				date: '2014-03',
				phase: 'p1',
				kind: 'contract',
				summary: 'Line one.\nLine two with "quotes".',
				actors: ['optum'],
				amounts: [
					{
						value: 30,
						upTo: 40,
						unit: 'percent' as const,
						about: 'share of budget',
						saidBy: 'unison',
						estimate: true,
						source: { source: 's1', pointer: 'p. 2' },
					},
				],
				sources: [{ source: 's1' }],
				followedBy: [],
			},
		],
	}),
};

describe('events export', () => {
	const data = buildEventsExport(input);
	test('resolves ids to names and URLs, and matches its own schema', () => {
		expect(EventsExportSchema.parse(data)).toEqual(data);
		expect(data.events[0]).toMatchObject({
			url: 'https://x.example/events/e1/',
			phase: { id: 'p1', title: 'Phase one', url: 'https://x.example/phases/p1/' },
			organisations: [{ id: 'optum', name: 'Optum', url: 'https://x.example/organisations/optum/' }],
			amounts: [{ value: 30, upTo: 40, estimate: true, saidBy: { name: 'UNISON' }, source: { id: 's1', pointer: 'p. 2' } }],
			sources: [{ id: 's1', url: 'https://news.example/a' }],
		});
	});
	test('the JSON Schema describes the events', () => {
		const schema = eventsJsonSchema('https://x.example/data/events.schema.json') as {
			$id: string;
			properties: { events: { items: { required: string[] } } };
		};
		expect(schema.$id).toBe('https://x.example/data/events.schema.json');
		expect(schema.properties.events.items.required).toEqual(expect.arrayContaining(['id', 'date', 'phase', 'sources']));
	});
	test('CSV has a header row and quotes commas, quotes and new lines', () => {
		// Rows end in CRLF; a quoted cell may hold a bare \n, so split on CRLF only.
		const [header, row, end] = eventsCsv(data).split('\r\n');
		expect(header).toBe(CSV_COLUMNS.join(','));
		expect(row).toContain('"Contract, signed"');
		expect(row).toContain('"Line one.\nLine two with ""quotes""."');
		expect(row).toContain('30-40 percent (share of budget; estimate by UNISON; source s1)');
		expect(end).toBe('');
	});
});

test('csvCell defuses spreadsheet formulas', () => {
	expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
	expect(csvCell('plain')).toBe('plain');
});
