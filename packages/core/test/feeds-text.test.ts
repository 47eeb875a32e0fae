import { describe, expect, it } from 'vitest';
import { findMarkup } from '../src/feeds/markup.js';
import { parseFeed } from '../src/feeds/parse.js';
import { AFTER_AS_OF } from './fixtures/feeds/load.js';
import { sample } from './fixtures/feeds/samples.js';

// Feed strings are data, never markup: kept verbatim, flagged for the producer, extras stripped.

const now = AFTER_AS_OF;
const HTML = '<img src=x onerror="alert(1)">萧山<b>区</b>';

describe('text stays text', () => {
  it('keeps HTML in names verbatim (never interpreted) and flags it', () => {
    const feed = sample('fire');
    feed.data.stations[0].name = HTML;
    const parsed = parseFeed(feed, 'fire', { now });
    expect(
      parsed.ok && (parsed.feed.data as { stations: { name: string }[] }).stations[0]?.name,
    ).toBe(HTML);
    expect(findMarkup(parsed.ok ? parsed.feed : null)).toEqual([
      { pointer: '/data/stations/0/name', text: HTML },
    ]);
    expect(findMarkup(sample('fire'))).toEqual([]);
  });

  it('strips unknown keys rather than passing them on', () => {
    const feed = sample('grassroots');
    feed.data.indicators[0].onclick = 'alert(1)';
    const parsed = parseFeed(feed, 'grassroots', { now });
    expect(
      parsed.ok && Object.keys((parsed.feed.data as { indicators: object[] }).indicators[0] ?? {}),
    ).not.toContain('onclick');
  });
});
