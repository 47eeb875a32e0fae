import { describe, expect, it } from 'vitest';
import { codeLangs, readmeBlocks } from '../consumer/readmeBlocks.js';

// README code is either an example, which the consumer step of `pnpm test` compiles against the
// packed packages (ts, tsx), renders in Chromium (a tsx `Example` export) or serves as a page
// (html), or an outline of an API, tagged `sketch`. An untagged block would be neither checked
// nor marked as unchecked.
const root = new URL('../../', import.meta.url);
const blocks = readmeBlocks(root).filter((b) => codeLangs.has(b.lang));

describe('README code blocks', () => {
  it('are each tagged `example` or `sketch`', () => {
    const untagged = blocks
      .filter((b) => !b.tags.includes('example') && !b.tags.includes('sketch'))
      .map((b) => `${b.file}:${b.line}`);
    expect(untagged).toEqual([]);
  });

  it('include the examples the consumer test renders: KpiCard, TrendChart and DistrictMap', () => {
    const rendered = blocks.filter(
      (b) =>
        b.tags.includes('example') &&
        b.lang === 'tsx' &&
        /export (function|const) Example\b/.test(b.code),
    );
    for (const widget of ['KpiCard', 'TrendChart', 'DistrictMap']) {
      expect(
        rendered.some((b) => b.code.includes(`<${widget}`)),
        widget,
      ).toBe(true);
    }
  });

  it('import only published packages and the peers a consumer installs', () => {
    const allowed = /^(@onescreen\/[\w-]+|react|react-dom|echarts|@fontsource\/[\w-]+)(\/|$)/;
    const bad = blocks
      .filter((b) => b.tags.includes('example'))
      .flatMap((b) =>
        [...b.code.matchAll(/(?:from|import)\s+['"]([^'"./][^'"]*)['"]/g)]
          .map((m) => m[1] as string)
          .filter((spec) => !allowed.test(spec))
          .map((spec) => `${b.file}:${b.line} ${spec}`),
      );
    expect(bad).toEqual([]);
  });
});
