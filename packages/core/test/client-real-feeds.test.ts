import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectFeedClient,
  createFeedClient,
  createOnescreenStore,
  createRecordsSelector,
  type FeedClient,
  formatPercent,
} from '../src/client/index.js';
import { type FeedKind, isFeedKind, parseFeed } from '../src/feeds/index.js';
import { FakeVisibility } from './helpers/fake-visibility.js';
import { startServer, type TestServer, waitFor } from './helpers/http-server.js';

// The bundled sample feeds, served over real HTTP with ETags, read by the client with the
// real parser, and selected through the store: the whole path a screen takes.
const kinds: FeedKind[] = ['petitions', 'hotline', 'fire', 'antifraud', 'grassroots'];
const files = new Map(
  kinds.map((kind) => {
    const text = readFileSync(new URL(`../../../data/feeds/${kind}.json`, import.meta.url), 'utf8');
    return [`/${kind}.json`, { text, etag: `"${createHash('sha1').update(text).digest('hex')}"` }];
  }),
);

let server: TestServer;
let client: FeedClient;
const notModified: string[] = [];

beforeAll(async () => {
  server = await startServer((req, res) => {
    const file = files.get(req.url ?? '');
    if (file === undefined) return res.writeHead(404).end();
    if (req.headers['if-none-match'] === file.etag) {
      notModified.push(req.url ?? '');
      return res.writeHead(304, { etag: file.etag }).end();
    }
    res.writeHead(200, { 'content-type': 'application/json', etag: file.etag }).end(file.text);
  });
  client = createFeedClient({
    feeds: kinds.map((kind) => ({
      id: kind,
      url: `${server.url}/${kind}.json`,
      intervalMs: 60_000,
      timeoutMs: 5000,
      staleAfterMs: 300_000,
    })),
    parse: (raw, feed) => parseFeed(raw, isFeedKind(feed.id) ? feed.id : undefined),
    visibility: new FakeVisibility(),
  });
});

afterAll(async () => {
  client.stop();
  await server.close();
});

interface Month {
  district: string;
  town?: string;
  month: string;
  received: number;
  accusation: number;
}

describe('the sample feeds through client, parser and store', { timeout: 30_000 }, () => {
  it('reads every feed without a dropped record, then revalidates with 304s', async () => {
    const store = createOnescreenStore();
    connectFeedClient(store, client);
    client.start();
    await waitFor(() => kinds.every((k) => client.getState()[k]?.status === 'ready'), 'all feeds');
    for (const kind of kinds) {
      expect(client.getState()[kind]?.dropped).toEqual([]);
      expect(client.getState()[kind]?.asOf).toBe('2022-12-31T14:00:00+08:00');
    }
    await Promise.all(kinds.map((k) => client.refresh(k)));
    expect(notModified.sort()).toEqual(kinds.map((k) => `/${k}.json`).sort());

    const monthly = createRecordsSelector<Month>({
      feed: 'petitions',
      records: (data) => (data as { monthly: Month[] }).monthly,
      date: (r) => r.month,
      match: 'exact', // district rows are totals; town rows break them down
    });
    const total = (key: 'received' | 'accusation', year: number) => {
      store.getState().selectPeriod(String(year));
      return monthly(store.getState()).reduce((sum, r) => sum + r[key], 0);
    };
    store.getState().selectPlace('330109'); // 萧山区
    // figures.md §1: Xiaoshan 2021 vs 2020, received −13.6 %, accusation-type −17.6 %.
    expect(
      formatPercent((total('received', 2021) / total('received', 2020) - 1) * 100, 'zh-CN'),
    ).toBe('\u221213.6 %');
    expect(
      formatPercent((total('accusation', 2021) / total('accusation', 2020) - 1) * 100, 'en'),
    ).toBe('\u221217.6 %');
    // The district's own rows only: one a month, none of its towns' rows.
    expect(monthly(store.getState())).toHaveLength(12);
    // figures.md §1: 进化镇 (330109104): total petitions down more than 70 % two years running.
    store.getState().selectPlace('330109104');
    const y20 = total('received', 2020);
    const y21 = total('received', 2021);
    const y22 = total('received', 2022);
    expect(y21 / y20).toBeLessThan(0.3);
    expect(y22 / y21).toBeLessThan(0.3);
  });
});
