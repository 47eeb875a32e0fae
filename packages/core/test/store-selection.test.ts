import { describe, expect, it } from 'vitest';
import {
  carouselIndexAt,
  createOnescreenStore,
  createRecordsSelector,
  type FeedClientState,
  inPeriod,
} from '../src/client/index.js';
import { type TestRecord, testDoc } from './helpers/test-feed.js';

// 萧山区 330109 with two of its streets, and 秀洲区 330411.
const records: TestRecord[] = [
  { district: '330109', town: '330109001', month: '2021-03', count: 5 },
  { district: '330109', town: '330109002', month: '2022-01', count: 7 },
  { district: '330109', month: '2022-06', count: 11 },
  { district: '330411', town: '330411101', month: '2022-12', count: 13 },
];

function feeds(list: TestRecord[] = records): FeedClientState {
  const value = testDoc('2022-12-31T14:00:00+08:00', list);
  return {
    petitions: {
      id: 'petitions',
      url: '/petitions.json',
      status: 'ready',
      value,
      asOf: value.asOf,
      lastSuccess: 0,
      lastError: undefined,
      lastErrorKind: undefined,
      dropped: [],
      records: 0,
      health: 'ok',
      age: 0,
      transport: 'poll',
    },
  };
}

const selectPetitions = () =>
  createRecordsSelector<TestRecord>({
    feed: 'petitions',
    records: (data) => (data as { records: TestRecord[] }).records,
    date: (r) => r.month,
  });

const counts = (list: readonly TestRecord[]) => list.map((r) => r.count);

describe('store selection', () => {
  it('filters records by district, by town, and by period', () => {
    const store = createOnescreenStore();
    const select = selectPetitions();
    store.getState().setFeeds(feeds());
    expect(counts(select(store.getState()))).toEqual([5, 7, 11, 13]);
    store.getState().selectPlace('330109');
    expect(counts(select(store.getState()))).toEqual([5, 7, 11]);
    store.getState().selectPlace('330109002');
    expect(counts(select(store.getState()))).toEqual([7]);
    store.getState().selectPlace(undefined);
    store.getState().selectPeriod('2022');
    expect(counts(select(store.getState()))).toEqual([7, 11, 13]);
    store.getState().selectPeriod('2022-Q2');
    expect(counts(select(store.getState()))).toEqual([11]);
  });

  it('gives the identical array for equal inputs, and a new one when they change', () => {
    const store = createOnescreenStore({ place: '330109' });
    const select = selectPetitions();
    store.getState().setFeeds(feeds());
    const first = select(store.getState());
    store.getState().setCarousel(3); // unrelated change
    store.getState().selectPeriod(undefined); // same value again
    expect(select(store.getState())).toBe(first);
    store.getState().selectPeriod('2022');
    const second = select(store.getState());
    expect(second).not.toBe(first);
    // The same period selected again is an equal input.
    store.getState().selectPeriod('2022');
    expect(select(store.getState())).toBe(second);
    store.getState().setFeeds(feeds(records.slice(1)));
    expect(select(store.getState())).not.toBe(second);
  });

  it('gives an empty list while the feed has no value', () => {
    const select = selectPetitions();
    const store = createOnescreenStore();
    expect(select(store.getState())).toEqual([]);
    expect(select(store.getState())).toBe(select(store.getState()));
  });

  it('refuses codes that are not districts or towns, and text that is no period', () => {
    const store = createOnescreenStore();
    expect(() => store.getState().selectPlace('3301')).toThrow(RangeError);
    expect(() => store.getState().selectPlace('<b>330109</b>')).toThrow(RangeError);
    expect(() => store.getState().selectPeriod('2022-13')).toThrow(RangeError);
    expect(() => store.getState().selectPeriod('2022-06-01')).toThrow(RangeError);
    expect(store.getState().place).toBeUndefined();
  });

  it('accepts a zone id (a district or town code, a dash, the zone id) and nothing looser', () => {
    const store = createOnescreenStore();
    store.getState().selectPlace('330411101-G07');
    expect(store.getState().place).toBe('330411101-G07');
    store.getState().selectPlace('330411-park');
    expect(store.getState().place).toBe('330411-park');
    for (const bad of [
      '330411101-',
      '330411101G07',
      '33041110-G1',
      '330411101-<b>',
      '330411101- G',
    ]) {
      expect(() => store.getState().selectPlace(bad), bad).toThrow(RangeError);
    }
    expect(store.getState().place).toBe('330411-park');
  });

  it('steps the carousel around its views', () => {
    const store = createOnescreenStore();
    store.getState().stepCarousel(3);
    store.getState().stepCarousel(3);
    store.getState().stepCarousel(3);
    expect(store.getState().carousel).toBe(0);
    store.getState().stepCarousel(3, -1);
    expect(store.getState().carousel).toBe(2);
  });
});

describe('periods and carousel time', () => {
  it('reads years, months, days and timestamps (in Shanghai time)', () => {
    expect(inPeriod('2021', '2021')).toBe(true);
    expect(inPeriod('2020-12', '2021')).toBe(false);
    expect(inPeriod('2021-03-31', '2021-Q1')).toBe(true);
    // 17:00 UTC on 31 March is 1 April in Shanghai.
    expect(inPeriod('2021-03-31T17:00:00Z', '2021-Q1')).toBe(false);
    expect(inPeriod('2021-03-31T17:00:00Z', '2021-04')).toBe(true);
    expect(inPeriod(2021, '2021-06')).toBe(true);
    expect(inPeriod('soon', '2021')).toBe(false);
    expect(inPeriod(undefined, '2021')).toBe(true);
  });

  it('puts every tile of a wall on the same view at the same time', () => {
    const dwell = 15_000;
    const at = Date.UTC(2022, 11, 31, 6, 3, 27);
    const views = [0, 1, 2, 3, 4].map((i) => carouselIndexAt(at + i * dwell, dwell, 4));
    expect(new Set(views).size).toBe(4);
    expect(views[0]).toBe(views[4]);
    expect(carouselIndexAt(at, dwell, 4)).toBe(carouselIndexAt(at + 1, dwell, 4));
    expect(carouselIndexAt(at, dwell, 0)).toBe(0);
  });
});

describe('exact place matching', () => {
  it('keeps only the rows of the selected level, so totals are not counted twice', () => {
    const select = createRecordsSelector<TestRecord>({
      feed: 'petitions',
      records: (data) => (data as { records: TestRecord[] }).records,
      match: 'exact',
    });
    const store = createOnescreenStore();
    store.getState().setFeeds(feeds());
    expect(counts(select(store.getState()))).toEqual([11]);
    store.getState().selectPlace('330109');
    expect(counts(select(store.getState()))).toEqual([11]);
    store.getState().selectPlace('330109001');
    expect(counts(select(store.getState()))).toEqual([5]);
    store.getState().selectPlace('330411');
    expect(counts(select(store.getState()))).toEqual([]);
  });
});
