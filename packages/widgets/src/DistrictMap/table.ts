import { formatGrouped } from '@onescreen/core';
import type { A11yTable } from '../a11y/HiddenTable.js';
import { classIndex } from './classBreaks.js';
import { rangeLabel } from './colors.js';
import type { DistrictMapInput } from './compute.js';
import { mapMessages as m } from './messages.js';

/** The hidden table: district, value, class range. */
export function districtTable(
  input: Pick<DistrictMapInput, 'districts' | 'values' | 'breaks' | 'title' | 'lang' | 'unit'>,
): A11yTable {
  const { lang } = input;
  return {
    caption: m(lang, 'caption', { title: input.title }),
    columns: [
      m(lang, 'district'),
      `${m(lang, 'value')}${input.unit ? ` (${input.unit})` : ''}`,
      m(lang, 'class'),
    ],
    rows: input.districts.map((d) => {
      const v = input.values[d.code];
      const c = input.breaks[classIndex(v, input.breaks)];
      return [d.name, formatGrouped(v ?? null, lang), c ? rangeLabel(c, lang) : m(lang, 'noData')];
    }),
  };
}
