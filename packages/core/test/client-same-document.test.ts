import { describe, expect, it } from 'vitest';
import { createFeedClient, type FeedConfig, type ParseFeed } from '../src/client/index.js';
import { FakeClock, settle } from './helpers/fake-clock.js';
import { fakeEventSources } from './helpers/fake-event-source.js';
import { createFakeFetch, jsonResponse } from './helpers/fake-fetch.js';
import { FakeVisibility } from './helpers/fake-visibility.js';
import { docWithDrop, testDoc, testFeedConfig, testParse } from './helpers/test-feed.js';

// A document read again with the same text (a server without ETags, a producer rewriting an
// unchanged file, a push of the same document) confirms the value: nothing is parsed and the
// value keeps its identity, so the store's selectors and the views below see no change.

const feed = (id: string, url?: string): FeedConfig => testFeedConfig(id, url);

const doc = docWithDrop;

function setup(feeds: FeedConfig[], body: (index: number) => unknown) {
  const clock = new FakeClock();
  let parses = 0;
  const parse: ParseFeed = (input) => {
    parses += 1;
    return testParse(input);
  };
  // No ETag: every poll reads the whole document, as behind a server that sends none.
  const net = createFakeFetch((_, i) => jsonResponse(body(i)));
  const streams = fakeEventSources();
  const client = createFeedClient({
    feeds,
    parse,
    fetch: net.fetch,
    clock,
    visibility: new FakeVisibility(),
    eventSource: streams.factory,
  });
  return { clock, client, net, streams, parses: () => parses };
}

describe('the same document read again', () => {
  it('keeps the parsed value and its drops without parsing, and confirms it', async () => {
    const { clock, client, parses } = setup([feed('petitions')], () => doc(5));
    client.start();
    await settle();
    const first = client.getState().petitions;
    expect(first?.value?.data).toEqual({
      records: [{ district: '330109', month: '2022-12', count: 5 }],
    });
    expect(parses()).toBe(1);
    await clock.advance(10_000);
    const second = client.getState().petitions;
    expect(parses()).toBe(1);
    expect(second?.value).toBe(first?.value);
    expect(second?.dropped).toBe(first?.dropped);
    expect(second?.records).toBe(2);
    expect(second?.lastSuccess).toBe(clock.now());
    expect(second?.lastSuccess).toBeGreaterThan(first?.lastSuccess ?? Infinity);
    client.stop();
  });

  it('parses a changed document, and a document that changes back', async () => {
    const { clock, client, parses } = setup([feed('petitions')], (i) => doc(i === 1 ? 7 : 5));
    client.start();
    await settle();
    const first = client.getState().petitions?.value;
    await clock.advance(10_000);
    const changed = client.getState().petitions?.value;
    expect(changed).not.toBe(first);
    expect(changed?.data).toEqual({
      records: [{ district: '330109', month: '2022-12', count: 7 }],
    });
    await clock.advance(10_000);
    const back = client.getState().petitions?.value;
    expect(back).not.toBe(changed);
    expect(back?.data).toEqual(first?.data);
    expect(parses()).toBe(3);
    client.stop();
  });

  it('restores the drops of the held document after a refused one came between', async () => {
    const all = testDoc('2022-12-31T14:00:00+08:00', [
      { district: '330109', month: '2022-12', count: -3 },
    ]);
    const { clock, client } = setup([feed('petitions')], (i) => (i === 1 ? all : doc(5)));
    client.start();
    await settle();
    await clock.advance(10_000);
    const refused = client.getState().petitions;
    expect(refused?.lastErrorKind).toBe('dropped');
    expect(refused?.records).toBe(1);
    // The next poll comes after a backoff.
    await clock.advance(10 * 60_000);
    const again = client.getState().petitions;
    expect(again?.lastError).toBeUndefined();
    expect(again?.health).toBe('ok');
    expect(again?.records).toBe(2);
    expect(again?.dropped).toHaveLength(1);
    client.stop();
  });

  it('takes a pushed copy of the held document without parsing it', async () => {
    const config = { ...feed('hotline'), sse: 'https://feeds.test/hotline/stream' };
    const { client, streams, parses } = setup([config], () => doc(5));
    client.start();
    await settle();
    const held = client.getState().hotline?.value;
    streams.latest()?.open();
    streams.latest()?.push(doc(5));
    expect(parses()).toBe(1);
    expect(client.getState().hotline?.value).toBe(held);
    expect(client.getState().hotline?.transport).toBe('sse');
    streams.latest()?.push(doc(9));
    expect(parses()).toBe(2);
    expect(client.getState().hotline?.value).not.toBe(held);
    client.stop();
  });

  it('parses for a feed of a shared URL that does not hold the document yet', async () => {
    const shared = 'https://feeds.test/shared.json';
    const clock = new FakeClock();
    const seen: string[] = [];
    // b's parser refuses the first read; a's accepts every one.
    const parse: ParseFeed = (input, config) => {
      seen.push(config.id);
      if (config.id === 'b' && seen.filter((id) => id === 'b').length === 1) {
        return { ok: false, problems: [{ pointer: '', expected: 'later', found: 'now' }] };
      }
      return testParse(input);
    };
    const net = createFakeFetch(() => jsonResponse(doc(5)));
    const client = createFeedClient({
      feeds: [feed('a', shared), feed('b', shared)],
      parse,
      fetch: net.fetch,
      clock,
      visibility: new FakeVisibility(),
    });
    client.start();
    await settle();
    const a = client.getState().a?.value;
    expect(client.getState().b?.value).toBeUndefined();
    await clock.advance(10_000);
    // Same text: a keeps its value unparsed, b parses it now.
    expect(seen).toEqual(['a', 'b', 'b']);
    expect(client.getState().a?.value).toBe(a);
    expect(client.getState().b?.value?.data).toEqual(a?.data);
    await clock.advance(10_000);
    expect(seen).toEqual(['a', 'b', 'b']);
    client.stop();
  });
});
