import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { FEED_KINDS } from '../src/feeds/kinds.js';
import { repoFile } from './fixtures/feeds/load.js';
import { sample } from './fixtures/feeds/samples.js';

// The committed JSON Schemas are for producers who validate with their own tools: check them
// with an independent validator (Ajv, draft 2020-12) against the committed feeds.

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const validator = (kind: string) =>
  ajv.getSchema(`https://onescreen.example/schemas/${kind}.feed.schema.json`) ??
  ajv.compile(JSON.parse(readFileSync(repoFile(`data/schemas/${kind}.feed.schema.json`), 'utf8')));

describe('data/schemas/*.feed.schema.json', () => {
  it.each(FEED_KINDS)('accepts the committed %s feed', (kind) => {
    const validate = validator(kind);
    expect(validate(sample(kind)), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it.each([
    [
      'a negative count',
      (f: ReturnType<typeof sample>) => {
        f.data.monthly[0].received = -1;
      },
      '/data/monthly/0/received',
    ],
    [
      'an unknown district',
      (f: ReturnType<typeof sample>) => {
        f.data.monthly[1].district = '999999';
      },
      '/data/monthly/1/district',
    ],
    [
      'a wrong kind',
      (f: ReturnType<typeof sample>) => {
        f.kind = 'fire';
      },
      '/kind',
    ],
    [
      'a missing list',
      (f: ReturnType<typeof sample>) => {
        delete f.data.backlog;
      },
      '/data',
    ],
    [
      'a 300-character name',
      (f: ReturnType<typeof sample>) => {
        f.data.subjects[0].name = 'x'.repeat(300);
      },
      '/data/subjects/0/name',
    ],
  ])('refuses a petitions feed with %s', (_name, breakIt, path) => {
    const feed = sample('petitions');
    breakIt(feed);
    const validate = validator('petitions');
    expect(validate(feed)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain(path);
  });
});
