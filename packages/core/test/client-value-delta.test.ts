import { describe, expect, it } from 'vitest';
import { applyDelta, recordTexts, valueDelta } from '../src/client/value-delta.js';
import { tableFrame } from '../src/model/frame.js';

// A value as the feed worker holds it: an envelope whose data holds tables and other entries.
const doc = (cases: object[], extra: object = {}) => ({
  kind: 'hotline',
  asOf: '2022-12-31T14:00:00+08:00',
  fields: { cases: [{ name: 'id', type: 'id' }] },
  data: { categories: [{ id: 'urban' }], cases, note: { text: '抽样' }, ...extra },
});
const cases = (ids: number[]) => ids.map((id) => ({ id: `C${id}`, times: { received: `T${id}` } }));

/** What the page holds after the delta of `next` against `last`, both crossing as JSON. */
function roundTrip(last: object, next: object) {
  const held = JSON.parse(JSON.stringify(last));
  const delta = valueDelta(next, recordTexts(next), recordTexts(last));
  return { held, delta, value: delta && applyDelta<typeof next>(delta, held) };
}

describe('a feed value sent as a delta of its records', () => {
  it('rebuilds the value exactly, keeping the objects of records the page holds', () => {
    const last = doc(cases([1, 2, 3, 4, 5]));
    const next = doc([...cases([2, 3, 4, 5]), { id: 'C6', times: { received: 'T6' } }]);
    const { held, delta, value } = roundTrip(last, next);
    expect(value).toEqual(next);
    // Key order too: the document reads the same as JSON.
    expect(JSON.stringify(value)).toBe(JSON.stringify(next));
    const got = (value as typeof next).data.cases;
    for (let i = 0; i < 4; i++) expect(got[i]).toBe(held.data.cases[i + 1]);
    expect(held.data.cases).not.toContain(got[4]);
    // Only the new record crossed as text; the unchanged envelope objects are the held ones.
    expect(delta?.tables.cases).toEqual([1, 2, 3, 4, JSON.stringify(next.data.cases[4])]);
    expect((value as typeof next).fields).toBe(held.fields);
    expect((value as typeof next).data.note).toEqual({ text: '抽样' });
  });

  it('matches a record that appears twice to two old records, never one object twice', () => {
    const twin = { id: 'C9', times: { received: 'T9' } };
    const last = doc([twin, twin, ...cases([1, 2, 3])]);
    const next = doc([twin, ...cases([1, 2, 3]), twin, twin]);
    const { held, value } = roundTrip(last, next);
    expect(value).toEqual(next);
    const got = (value as typeof next).data.cases;
    expect(got[0]).toBe(held.data.cases[0]);
    expect(got[4]).toBe(held.data.cases[1]);
    expect(got[5]).not.toBe(got[0]);
    expect(got[5]).not.toBe(got[4]);
  });

  it('is not made when most records are new, or when there is no last value', () => {
    const last = doc(cases([1, 2, 3]));
    expect(valueDelta(last, recordTexts(last), undefined)).toBeUndefined();
    const next = doc(cases([1, 7, 8, 9]));
    expect(valueDelta(next, recordTexts(next), recordTexts(last))).toBeUndefined();
  });

  it('refuses a delta naming a record the page does not hold', () => {
    const last = doc(cases([1, 2, 3]));
    const next = doc(cases([1, 2, 3, 4]));
    const delta = valueDelta(next, recordTexts(next), recordTexts(last));
    expect(delta).toBeDefined();
    expect(applyDelta(delta as NonNullable<typeof delta>, doc(cases([1])))).toBeUndefined();
  });

  it('lets a frame keep the rows of records it has read out before', () => {
    const fields = [
      { name: 'id', type: 'id' },
      { name: 'times.received', type: 'text' },
    ] as unknown as Parameters<typeof tableFrame>[0];
    const last = doc(cases([1, 2, 3]));
    const { held, value } = roundTrip(last, doc(cases([1, 2, 3, 4])));
    const before = tableFrame(fields, held.data.cases).rows;
    const after = tableFrame(fields, (value as ReturnType<typeof doc>).data.cases).rows;
    expect(after).not.toBe(before);
    expect(after.slice(0, 3)).toEqual(before);
    for (let i = 0; i < 3; i++) expect(after[i]).toBe(before[i]);
    expect(after[3]).toEqual({ id: 'C4', 'times.received': 'T4' });
  });
});
