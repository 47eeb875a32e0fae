import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEED_KINDS } from '@onescreen/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleFeeds } from '../scripts/generate.js';
import { sampleTables } from '../scripts/sample-database.js';
import { outcomeLine, type RunOutcome, runDefinition } from '../src/db/run-definition.js';
import { committedDefinition, dataDir } from './support/definitions.js';
import { type Cluster, loadTables, startCluster } from './support/postgres-cluster.js';
import { tempDir } from './support/temp-dir.js';

// The same definitions as the SQLite tests, against a real PostgreSQL server started for this
// file, with the sample data in PostgreSQL's own types (TIMESTAMPTZ, DATE, BOOLEAN, DOUBLE
// PRECISION; sums come back as bigint).
const now = new Date('2023-01-10T00:00:00+08:00');
const dir = tempDir();
let cluster: Cluster;

beforeAll(async () => {
  cluster = await startCluster();
  await loadTables(cluster.url, sampleTables(sampleFeeds()));
}, 180_000);
afterAll(async () => {
  await cluster?.stop();
  dir.remove();
});

describe('data/definitions against PostgreSQL', () => {
  it.each(FEED_KINDS)(
    '%s: rebuilds the sample feed byte for byte',
    async (kind) => {
      const outcome = await runDefinition(committedDefinition(kind), {
        database: cluster.url,
        outDir: dir.path,
        now,
      });
      expect(outcome).toMatchObject({ ok: true, dropped: 0 });
      expect(readFileSync(join(dir.path, `${kind}.json`), 'utf8')).toBe(
        readFileSync(new URL(`feeds/${kind}.json`, dataDir), 'utf8'),
      );
    },
    60_000,
  );

  it('petitions-yearly: the self-describing feed equals the one SQLite builds', async () => {
    const pgOut = join(dir.path, 'pg');
    const sqliteOut = join(dir.path, 'sqlite');
    const def = committedDefinition('petitions-yearly');
    expect(await runDefinition(def, { database: cluster.url, outDir: pgOut, now })).toMatchObject({
      ok: true,
      records: 30,
    });
    expect(await runDefinition(def, { outDir: sqliteOut, now })).toMatchObject({
      ok: true,
      records: 30,
    });
    expect(readFileSync(join(pgOut, 'petitions-yearly.json'), 'utf8')).toBe(
      readFileSync(join(sqliteOut, 'petitions-yearly.json'), 'utf8'),
    );
  });
});

describe('PostgreSQL failures keep the last good feed and say why', () => {
  const out = join(dir.path, 'failures');
  const fire = committedDefinition('fire');
  const broken = async (
    tables: Record<string, { query: string; columns: Record<string, string> }>,
    extra = {},
    database = cluster.url,
  ) => {
    const before = readFileSync(join(out, 'fire.json'), 'utf8');
    const outcome: RunOutcome = await runDefinition(
      {
        ...fire,
        definition: {
          ...fire.definition,
          ...extra,
          tables: { ...fire.definition.tables, ...tables },
        },
      },
      { database, outDir: out, now },
    );
    expect(outcome.ok).toBe(false);
    expect(readFileSync(join(out, 'fire.json'), 'utf8')).toBe(before);
    return outcomeLine(outcome, 'en');
  };

  beforeAll(async () => {
    expect(await runDefinition(fire, { database: cluster.url, outDir: out, now })).toMatchObject({
      ok: true,
    });
  });

  it('a bad query', async () => {
    expect(
      await broken({ hazards: { query: 'SELECT district FROM fire_hazards WHERE', columns: {} } }),
    ).toContain('the query of hazards failed: syntax error at end of input (at character 40)');
  });

  it('a missing column', async () => {
    expect(
      await broken({
        hazards: {
          query: 'SELECT district, status, count FROM fire_hazards',
          columns: { hazard_count: 'count' },
        },
      }),
    ).toContain(
      'the query of hazards returned no column "hazard_count" (mapped to field count); it returned: district, status, count',
    );
  });

  it('a column the table does not have', async () => {
    expect(
      await broken({
        hazards: { query: 'SELECT district, status, amount FROM fire_hazards', columns: {} },
      }),
    ).toContain('the query of hazards failed: column "amount" does not exist');
  });

  it('a query past its time limit, cancelled by the server', async () => {
    expect(
      await broken(
        { hazards: { query: 'SELECT pg_sleep(30), district FROM fire_hazards', columns: {} } },
        { timeoutSeconds: 0.5 },
      ),
    ).toContain('the query of hazards ran longer than 0.5 s and was stopped');
  }, 30_000);

  it('a database that does not exist', async () => {
    const url = cluster.url.replace(/\/onescreen$/, '/nowhere');
    expect(await broken({}, {}, url)).toContain('database "nowhere" does not exist');
  });

  it('a session that may only read', async () => {
    expect(await broken({ hazards: { query: 'CREATE TABLE x (y int)', columns: {} } })).toContain(
      'cannot execute CREATE TABLE in a read-only transaction',
    );
  });
});
