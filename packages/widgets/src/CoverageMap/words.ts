import { formatPercent } from '@onescreen/core';
import type { Lang } from '../i18n/lang.js';
import type { CoverageFacts } from './facts.js';
import { coverageMessages as m } from './messages.js';

// The sentences the coverage map and its table share.

/** A share 0..1 as a percentage with one decimal. */
export const pct = (share: number, lang: Lang) =>
  formatPercent(share * 100, lang, { signed: false });

/** A one-sentence verdict: meets the target, or how many stations the target needs. */
export function verdict(facts: CoverageFacts, lang: Lang): string {
  if (facts.meetsTarget === null) return '';
  return facts.meetsTarget
    ? m(lang, 'meets')
    : m(lang, 'misses', { needed: facts.stationsNeeded ?? 0 });
}
