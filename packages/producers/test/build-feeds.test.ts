import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FEED_KINDS, parseFeedText } from '@onescreen/core';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { outcomeLine, type RunOutcome, runDefinition } from '../src/db/run-definition.js';
import { watchDefinitions } from '../src/db/watch-definitions.js';
import { committedDefinition, dataDir, definitionIn } from './support/definitions.js';
import { freePort } from './support/free-port.js';
import { tempDir } from './support/temp-dir.js';

const now = new Date('2023-01-10T00:00:00+08:00');
const dir = tempDir();
afterAll(() => dir.remove());

describe('the SQLite sample database and data/definitions', () => {
  it.each(FEED_KINDS)(
    '%s: the definition rebuilds the sample feed byte for byte',
    async (kind) => {
      const out = join(dir.path, 'rebuilt');
      const outcome = await runDefinition(committedDefinition(kind), { outDir: out, now });
      expect(outcome).toMatchObject({ ok: true, dropped: 0, changed: true });
      expect(readFileSync(join(out, `${kind}.json`), 'utf8')).toBe(
        readFileSync(new URL(`feeds/${kind}.json`, dataDir), 'utf8'),
      );
    },
    60_000,
  );

  it('petitions-yearly: a self-describing feed of yearly sums that agree with the sample feed', async () => {
    const out = join(dir.path, 'rebuilt');
    const outcome = await runDefinition(committedDefinition('petitions-yearly'), {
      outDir: out,
      now,
    });
    expect(outcome).toMatchObject({ ok: true, records: 30 });
    const built = parseFeedText(
      readFileSync(join(out, 'petitions-yearly.json'), 'utf8'),
      undefined,
      { now },
    );
    if (!built.ok) throw new Error('invalid');
    expect(built.feed.fields?.districts?.map((f) => f.name)).toEqual([
      'district',
      'districtName',
      'year',
      'received',
      'accusation',
    ]);
    const sample = JSON.parse(readFileSync(new URL('feeds/petitions.json', dataDir), 'utf8'));
    const sums = new Map<string, { received: number; accusation: number }>();
    for (const r of sample.data.monthly) {
      if (r.town !== undefined) continue;
      const key = `${r.district} ${r.month.slice(0, 4)}`;
      const s = sums.get(key) ?? { received: 0, accusation: 0 };
      sums.set(key, { received: s.received + r.received, accusation: s.accusation + r.accusation });
    }
    const rows = (built.feed.data as Record<string, Record<string, unknown>[]>).districts ?? [];
    expect(rows).toHaveLength(sums.size);
    for (const row of rows) {
      expect({ received: row.received, accusation: row.accusation }).toEqual(
        sums.get(`${row.district} ${row.year}`),
      );
    }
    // 萧山 2021: 1,080 received and 412 accusation-type, as published.
    expect(rows.find((r) => r.district === '330109' && r.year === 2021)).toMatchObject({
      received: 1080,
      accusation: 412,
      districtName: '萧山区',
    });
  });
});

describe('a failed run leaves the last good feed and says why', () => {
  const work = join(dir.path, 'failures');
  mkdirSync(join(work, 'feeds'), { recursive: true });
  const good = definitionIn(work, 'fire');
  const feedFile = join(work, 'feeds', 'fire.json');

  /** Runs a broken variant of the good definition; the good feed must stay as it was. */
  async function broken(
    change: Parameters<typeof definitionIn>[2],
    options = {},
  ): Promise<RunOutcome> {
    const before = readFileSync(feedFile, 'utf8');
    const mtime = statSync(feedFile).mtimeMs;
    const outcome = await runDefinition(definitionIn(work, 'fire', change), { now, ...options });
    expect(outcome.ok).toBe(false);
    expect(readFileSync(feedFile, 'utf8')).toBe(before);
    expect(statSync(feedFile).mtimeMs).toBe(mtime);
    expect(readdirSync(join(work, 'feeds'))).toEqual(['fire.json']); // no temporary file left behind
    return outcome;
  }
  const line = (o: RunOutcome) => outcomeLine(o, 'en');

  it('writes the good feed first, and does not rewrite it when nothing changed', async () => {
    expect(await runDefinition(good, { now })).toMatchObject({ ok: true, changed: true });
    expect(await runDefinition(good, { now })).toMatchObject({ ok: true, changed: false });
  });

  it('a bad query', async () => {
    const o = await broken((d) => ({
      ...d,
      tables: { ...d.tables, hazards: { query: 'SELEKT * FROM fire_hazards', columns: {} } },
    }));
    expect(line(o)).toBe(
      `fire: ${feedFile} not updated, the last good feed stays. Why: the query of hazards failed: near "SELEKT": syntax error`,
    );
    expect(outcomeLine(o, 'zh-CN')).toBe(
      `fire：未更新 ${feedFile}，保留上一次的有效数据。原因：查询 hazards 出错：near "SELEKT": syntax error`,
    );
  });

  it('a table that is not there', async () => {
    const o = await broken((d) => ({
      ...d,
      tables: { ...d.tables, hazards: { query: 'SELECT * FROM fire_hazard', columns: {} } },
    }));
    expect(line(o)).toContain('the query of hazards failed: no such table: fire_hazard');
  });

  it('a missing column', async () => {
    const o = await broken((d) => ({
      ...d,
      tables: {
        ...d.tables,
        hazards: {
          query: 'SELECT district, district_name, status FROM fire_hazards',
          columns: { district_name: 'districtName', hazard_count: 'count' },
        },
      },
    }));
    expect(line(o)).toContain(
      'the query of hazards returned no column "hazard_count" (mapped to field count); it returned: district, district_name, status',
    );
  });

  it('a required field no column feeds', async () => {
    const o = await broken((d) => ({
      ...d,
      tables: {
        ...d.tables,
        hazards: { query: 'SELECT district, status FROM fire_hazards', columns: {} },
      },
    }));
    expect(line(o)).toContain(
      'field count of hazards is required but no column maps to it; the query returned: district, status',
    );
  });

  it('a query past its time limit is stopped', async () => {
    const forever =
      'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n';
    const o = await broken((d) => ({
      ...d,
      timeoutSeconds: 0.5,
      tables: { ...d.tables, hazards: { query: forever, columns: {} } },
    }));
    expect(line(o)).toContain('the query of hazards ran longer than 0.5 s and was stopped');
  }, 30_000);

  it('a database file that is not there', async () => {
    const o = await broken((d) => ({ ...d, database: 'sqlite:no-such.sqlite' }));
    expect(line(o)).toContain(
      `the SQLite database file ${join(work, 'no-such.sqlite')} does not exist or cannot be opened`,
    );
  });

  it('a PostgreSQL server that refuses the connection', async () => {
    const port = await freePort();
    const o = await broken((d) => d, {
      database: `postgres://onescreen@127.0.0.1:${port}/onescreen`,
    });
    expect(line(o)).toContain(
      `cannot connect to the database at 127.0.0.1:${port}/onescreen: connection refused (is the server running, is the port right?)`,
    );
  });

  it('values the feed cannot take (more than maxDropped rows)', async () => {
    const db = new Database(join(work, 'onescreen.sqlite'));
    db.prepare('UPDATE fire_hazards SET count = -1 WHERE seq = 2').run();
    db.close();
    const o = await broken((d) => d);
    expect(line(o)).toContain(
      '1 rows could not be converted (at most 0 allowed), e.g. hazards row 2 count: -1',
    );
    // Allowed drops write the feed without the bad row.
    const tolerant = definitionIn(work, 'fire', (d) => ({ ...d, maxDropped: 1 }));
    expect(await runDefinition(tolerant, { now })).toMatchObject({ ok: true, dropped: 1 });
  });

  it('a statement that is not a query, which the read-only database would refuse anyway', async () => {
    const o = await broken((d) => ({
      ...d,
      tables: { ...d.tables, hazards: { query: 'DELETE FROM fire_hazards', columns: {} } },
    }));
    expect(line(o)).toContain('the statement returns no rows: write a SELECT');
  });
});

describe('--watch', () => {
  it('runs each definition again at its refresh interval and picks up new data', async () => {
    const work = join(dir.path, 'watch');
    mkdirSync(join(work, 'feeds'), { recursive: true });
    const def = definitionIn(work, 'grassroots', (d) => ({
      ...d,
      refreshSeconds: 1,
      feed: { ...d.feed, asOf: 'now' },
    }));
    const outcomes: RunOutcome[] = [];
    const watch = watchDefinitions([def], (o) => outcomes.push(o), {});
    const until = async (test: () => boolean) => {
      for (const end = Date.now() + 20_000; !test(); ) {
        if (Date.now() > end) throw new Error('condition not met within 20 s');
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    await until(() => outcomes.length >= 1);
    const db = new Database(join(work, 'onescreen.sqlite'));
    db.prepare('UPDATE grassroots_indicators SET value = 777 WHERE seq = 1').run();
    db.close();
    await until(() =>
      readFileSync(join(work, 'feeds', 'grassroots.json'), 'utf8').includes('"value":777'),
    );
    await watch.stop();
    expect(outcomes.every((o) => o.ok)).toBe(true);
  }, 30_000);
});
