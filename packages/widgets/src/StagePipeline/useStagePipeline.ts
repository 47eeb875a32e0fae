import { useMemo } from 'react';
import type { A11yTable } from '../a11y/HiddenTable.js';
import { useLang, useT } from '../i18n/context.js';
import { formatNumber } from '../i18n/formatNumber.js';
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
  cases: readonly PipelineCase[],
  title: string,
): { stages: StageItem[]; table: A11yTable } {
  const lang = useLang();
  const t = useT();
  const figures = useMemo(() => computePipeline(cases), [cases]);
  const stages = figures.map((f, i) => ({
    ...f,
    name: t(`pipeline.stage.${f.stage}`),
    countText: formatNumber(f.count, 0, lang),
    conversionText: f.conversion === null ? null : `${formatNumber(f.conversion * 100, 1, lang)} %`,
    dwellText:
      f.dwellHours !== null
        ? `${t('pipeline.dwell')} ${t('pipeline.hours', { n: formatNumber(f.dwellHours, 1, lang) })}`
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
      s.dwellHours === null ? '' : t('pipeline.hours', { n: formatNumber(s.dwellHours, 1, lang) }),
    ]),
  };
  return { stages, table };
}
