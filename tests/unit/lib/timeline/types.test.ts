import { expect, test } from 'vitest';
import { EventKindSchema } from '../../../../src/schemas/event';
import { EVENT_KINDS, KIND_LABELS } from '../../../../src/lib/timeline/types';

// The island keeps its own copy of the kinds so that zod stays out of the browser bundle;
// this test keeps the copy in step with the schema.
test('the timeline knows every event kind the schema allows, with a label', () => {
	expect([...EVENT_KINDS].sort()).toEqual([...EventKindSchema.options].sort());
	expect(Object.keys(KIND_LABELS).sort()).toEqual([...EventKindSchema.options].sort());
});
