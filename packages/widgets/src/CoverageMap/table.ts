import { formatGrouped } from '@onescreen/core';
import type { A11yTable } from '../a11y/HiddenTable.js';
import type { CoverageInput } from './compute.js';
import { coverageFacts } from './facts.js';
import { coverageMessages as m } from './messages.js';
import { pct, verdict } from './words.js';

/** The summary as a table: covered share, area per station against the target, gaps. */
export function coverageTable(
  input: Pick<CoverageInput, 'figures' | 'gaps' | 'targetKm2PerStation' | 'title' | 'lang'>,
): A11yTable {
  const { lang, figures } = input;
  const facts = coverageFacts(figures, input.targetKm2PerStation);
  return {
    caption: m(lang, 'caption', { title: input.title }),
    columns: [m(lang, 'metric'), m(lang, 'value')],
    rows: [
      [m(lang, 'stations'), m(lang, 'stationsValue', { count: figures.stations })],
      [m(lang, 'covered'), pct(figures.coveredShare, lang)],
      [m(lang, 'uncovered'), `${formatGrouped(figures.uncoveredKm2, lang)} km²`],
      [
        m(lang, 'perStation'),
        facts.meetsTarget === null
          ? m(lang, 'perStationValue', { value: formatGrouped(facts.km2PerStation, lang) })
          : `${m(lang, 'perStationValue', { value: formatGrouped(facts.km2PerStation, lang) })} (${m(lang, 'target', { target: input.targetKm2PerStation ?? '' })}, ${verdict(facts, lang)})`,
      ],
      ...input.gaps.map((g) => [
        m(lang, 'gap', { area: formatGrouped(g.areaKm2, lang) }),
        `${g.anchor[0].toFixed(3)}, ${g.anchor[1].toFixed(3)}`,
      ]),
    ],
  };
}
