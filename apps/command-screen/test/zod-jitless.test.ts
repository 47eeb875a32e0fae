// The page's one-shot validation compiles no code (boot/zod-jitless.ts): imported first, as
// main.tsx does, before any schema is constructed.
import '../src/boot/zod-jitless.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const defaultConfig = JSON.parse(
  readFileSync(new URL('../../../data/screens/default.json', import.meta.url), 'utf8'),
) as unknown;

/** How many functions `run` compiles from source text (zod's fast path does, with `new Function`). */
function compiles(run: () => void): number {
  const original = globalThis.Function;
  let count = 0;
  globalThis.Function = new Proxy(original, {
    construct(target, args, newTarget) {
      count++;
      return Reflect.construct(target, args, newTarget);
    },
    apply(target, self, args) {
      count++;
      return Reflect.apply(target, self, args);
    },
  });
  try {
    run();
  } finally {
    globalThis.Function = original;
  }
  return count;
}

describe('zod on the page', () => {
  it('validates the default screen config without compiling any code', async () => {
    const { validateScreenConfig } = await import('../src/config/validate.js');
    let ok = false;
    expect(compiles(() => (ok = validateScreenConfig(defaultConfig).ok))).toBe(0);
    expect(ok).toBe(true);
  });

  it('would compile with the fast path on (so the count above can see it)', () => {
    z.config({ jitless: false });
    try {
      const schema = z.object({ id: z.string(), count: z.number() });
      expect(compiles(() => schema.parse({ id: 'a', count: 1 }))).toBeGreaterThan(0);
    } finally {
      z.config({ jitless: true });
    }
  });
});
