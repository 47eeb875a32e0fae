import type { FeedState } from '@onescreen/core';
import { describe, expect, it } from 'vitest';
import { resolveFeeds } from '../src/feeds/feed-configs.js';
import { widgetStatus } from '../src/feeds/widget-status.js';

const source = {
  url: 'feeds/hotline.json',
  refreshSeconds: 60,
  staleSeconds: 900,
  timeoutSeconds: 15,
};

describe('resolveFeeds', () => {
  it('reads the bundled feeds next to the page by default', () => {
    expect(
      resolveFeeds({ hotline: source }, 'https://wall.test/screen/index.html?kiosk=1', null),
    ).toEqual([
      {
        id: 'hotline',
        url: 'https://wall.test/screen/feeds/hotline.json',
        intervalMs: 60_000,
        timeoutMs: 15_000,
        staleAfterMs: 900_000,
      },
    ]);
  });

  it('resolves a push stream like its feed', () => {
    const feeds = resolveFeeds(
      { h: { ...source, sse: 'push/hotline' } },
      'https://wall.test/s/',
      '/api/',
    );
    expect(feeds[0]?.sse).toBe('https://wall.test/api/push/hotline');
  });

  it('resolves against ?feeds=, relative or absolute, with or without a trailing slash', () => {
    const page = 'https://wall.test/screen/';
    expect(resolveFeeds({ h: source }, page, '/api/v1')[0]?.url).toBe(
      'https://wall.test/api/v1/feeds/hotline.json',
    );
    expect(resolveFeeds({ h: source }, page, 'https://data.test/x/')[0]?.url).toBe(
      'https://data.test/x/feeds/hotline.json',
    );
    expect(
      resolveFeeds({ h: { ...source, url: 'https://other.test/h.json' } }, page, '/api')[0]?.url,
    ).toBe('https://other.test/h.json');
  });
});

function feed(over: Partial<FeedState>): FeedState {
  return {
    id: 'hotline',
    url: 'u',
    status: 'ready',
    value: undefined,
    asOf: undefined,
    lastSuccess: undefined,
    lastError: undefined,
    lastErrorKind: undefined,
    dropped: [],
    records: 0,
    health: 'ok',
    age: undefined,
    transport: 'poll',
    ...over,
  };
}

describe('widgetStatus', () => {
  const value = {
    kind: 'hotline',
    schemaVersion: 1,
    asOf: '2022-12-31T14:00:00+08:00',
    source: 's',
    data: {},
  } as never;
  it('is loading before the first answer and ready after it, without an age badge', () => {
    expect(widgetStatus(feed({ status: 'loading' }), 'hotline')).toEqual({
      state: 'loading',
      feed: 'hotline',
    });
    expect(widgetStatus(feed({ value, lastSuccess: 5 }), 'hotline')).toEqual({
      state: 'ready',
      feed: 'hotline',
    });
  });

  it('turns a failure after good data into an error that keeps the data and shows its age', () => {
    expect(
      widgetStatus(feed({ value, lastSuccess: 5, lastError: 'hotline: HTTP 500' }), 'hotline'),
    ).toEqual({
      state: 'error',
      feed: 'hotline',
      error: 'hotline: HTTP 500',
      updatedAt: 5,
    });
  });

  it('shows the age of stale data and errors for an unknown feed', () => {
    expect(widgetStatus(feed({ status: 'stale', value, lastSuccess: 9 }), 'h')).toEqual({
      state: 'stale',
      feed: 'h',
      updatedAt: 9,
    });
    expect(widgetStatus(undefined, 'nope')).toEqual({
      state: 'error',
      feed: 'nope',
      error: 'not configured',
    });
  });
});
