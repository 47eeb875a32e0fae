import { useEffect, useRef, useState } from 'react';
import { feedAge } from '../client/feed-snapshot.js';
import { useFeed } from './use-onescreen.js';

/** Options of `useFeedAge`. */
export interface FeedAgeOptions {
  /** How often the age is brought up to date, in ms (default 10 s). */
  everyMs?: number;
  /** Current epoch ms (default Date.now); pass the feed client's clock when it is not the system's. */
  now?: () => number;
}

/**
 * A feed's age in ms, kept current: the store changes only when feeds do, so "updated 5 min
 * ago" needs its own slow tick. One interval per mounted hook, cleared on unmount.
 */
export function useFeedAge(id: string, options: FeedAgeOptions = {}): number | undefined {
  const { everyMs = 10_000, now = Date.now } = options;
  const feed = useFeed(id);
  // A ref, so an inline `now` (a new function each render) does not restart the interval.
  const clock = useRef(now);
  clock.current = now;
  const [time, setTime] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setTime(clock.current()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return feed === undefined ? undefined : feedAge(feed, time);
}
