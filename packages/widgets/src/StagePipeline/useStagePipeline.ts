import { formatFixed, formatPercent, HOTLINE_STAGE_LABELS } from '@onescreen/core';
import { useMemo } from 'react';
import type { A11yTable } from '../a11y/HiddenTable.js';
import { useLang, useT } from '../i18n/context.js';
import { computePipeline, type PipelineCase, type StageFigures } from './compute.js';

/** One stage as StagePipeline shows it. */
export interface StageItem extends StageFigures {
  /** Stage name in the screen language. */
  name: string;
  /** "9,186". */
  countText: string;
  /** "96.2 %" or null. */
  conversionText: string | null;
  /** "平均停留 5.3 小时" or the end-of-workflow note. */
  dwellText: string;
}

/** Stage figures with their labels and the hidden table. */
export function useStagePipeline(
  input: {
    cases?: readonly PipelineCase[] | undefined;
    stages?: readonly StageFigures[] | undefined;
  },
  title: string,
): { stages: StageItem[]; table: A11yTable } {
  const lang = useLang();
  const t = useT();
  const { cases, stages: given } = input;
  // Figures a binding worked out win; without them (an absent prop reads as an empty list),
  // the figures come from the cases.
  const figures = useMemo(
    () => (given && given.length > 0 ? given : computePipeline(cases ?? [])),
    [given, cases],
  );
  const stages = figures.map((f, i) => ({
    ...f,
    name:
      f.name ??
      HOTLINE_STAGE_LABELS[f.stage as keyof typeof HOTLINE_STAGE_LABELS]?.[lang] ??
      f.stage,
    countText: formatFixed(f.count, lang, 0),
    conversionText:
      f.conversion === null ? null : formatPercent(f.conversion * 100, lang, { signed: false }),
    dwellText:
      f.dwellHours !== null
        ? `${t('pipeline.dwell')} ${t('pipeline.hours', { n: formatFixed(f.dwellHours, lang, 1) })}`
        : i === figures.length - 1
          ? t('pipeline.terminal')
          : `${t('pipeline.dwell')} –`,
  }));
  const table: A11yTable = {
    caption: t('table.caption', { title }),
    columns: [
      t('pipeline.stage'),
      t('pipeline.count'),
      t('pipeline.conversion'),
      t('pipeline.dwell'),
    ],
    rows: stages.map((s) => [
      s.name,
      s.count,
      s.conversionText ?? '',
      s.dwellHours === null ? '' : t('pipeline.hours', { n: formatFixed(s.dwellHours, lang, 1) }),
    ]),
  };
  return { stages, table };
}
