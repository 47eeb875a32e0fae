import type { FeedState } from '../client/types.js';
import type { OnescreenState } from './create-onescreen-store.js';
import { inPeriod } from './period.js';
import { inPlace, type Placed, type PlaceMatch } from './place.js';

/** How to find the placed records of one feed, and their dates. */
export interface RecordsQuery<R extends Placed> {
  /** Feed id. */
  feed: string;
  /** The records inside the feed's `data` (undefined when the shape is not there). */
  records: (data: unknown) => readonly R[] | undefined;
  /** A record's date ('YYYY', 'YYYY-MM', a day or a timestamp); undated records match any period. */
  date?: (record: R) => string | number | undefined;
  /** 'within' (default) keeps a district's town rows; 'exact' keeps only rows of the selected level. */
  match?: PlaceMatch;
}

const none: readonly never[] = Object.freeze([]);

/** The state of one feed, or undefined for an unknown id. */
export function selectFeed(
  state: Pick<OnescreenState, 'feeds'>,
  id: string,
): FeedState | undefined {
  return state.feeds[id];
}

/**
 * A selector of the feed's records in the selected place and period. It remembers its last
 * inputs, so equal inputs (the same feed value, place and period) give the identical array:
 * React re-renders only when the answer really changes.
 */
export function createRecordsSelector<R extends Placed>(
  query: RecordsQuery<R>,
): (state: Pick<OnescreenState, 'feeds' | 'place' | 'period'>) => readonly R[] {
  let lastData: unknown;
  let lastPlace: string | undefined;
  let lastPeriod: string | undefined;
  let last: readonly R[] | undefined;
  return (state) => {
    const data = state.feeds[query.feed]?.value?.data;
    const { place, period } = state;
    if (last !== undefined && data === lastData && place === lastPlace && period === lastPeriod) {
      return last;
    }
    const all = data === undefined ? undefined : query.records(data);
    const { date, match } = query;
    const picked =
      all === undefined
        ? none
        : all.filter(
            (r) => inPlace(r, place, match) && (date === undefined || inPeriod(date(r), period)),
          );
    lastData = data;
    lastPlace = place;
    lastPeriod = period;
    last = picked;
    return picked;
  };
}
