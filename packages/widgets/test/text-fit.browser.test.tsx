import { antifraud } from '@onescreen/fixtures';
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  describeTextProblems,
  findTextProblems,
  type TextProblem,
} from '../../../test/support/textFit.js';
import { HeatGrid } from '../src/HeatGrid/HeatGrid.js';
import { KpiCard } from '../src/KpiCard/KpiCard.js';
import { RankingBoard } from '../src/RankingBoard/RankingBoard.js';
import { RingChart } from '../src/RingChart/RingChart.js';
import { StagePipeline } from '../src/StagePipeline/StagePipeline.js';
import { TrendChart } from '../src/TrendChart/TrendChart.js';
import { type Mounted, mount, onWall, untilStill } from './echarts.harness.js';

// Issue 14: every widget keeps its text inside its box, uncut where there is room, never over
// other text, at the sizes the screen gives it, in both languages. Charts draw with the SVG
// renderer here so their text is DOM text the checker can measure.
use(SVGRenderer);

type Lang = 'zh-CN' | 'en';
const L = <T,>(lang: Lang, zh: T, en: T) => (lang === 'en' ? en : zh);
const months = (lang: Lang) =>
  Array.from({ length: 12 }, (_, i) =>
    lang === 'en'
      ? ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][i]
      : `${i + 1}月`,
  ) as string[];
const typeRows = antifraud.byType.filter((t) => t.district === '330109' && t.year === 2022);
/** The 1080p screen's 12345 funnel, as figures (conversions of 100.0 % are the ones that wrapped). */
const stages = [
  { stage: 'received', count: 3607, open: 10, conversion: null, dwellHours: 2.3 },
  { stage: 'assigned', count: 3597, open: 18, conversion: 0.997, dwellHours: 71.4 },
  { stage: 'handled', count: 3579, open: 0, conversion: 0.995, dwellHours: 29.9 },
  { stage: 'closureReviewed', count: 3579, open: 0, conversion: 1, dwellHours: 48 },
  { stage: 'followedUp', count: 3579, open: 0, conversion: 1, dwellHours: null },
];

/** One widget at one size in one language. */
interface Case {
  widget: string;
  size: [number, number];
  node: (lang: Lang) => ReactNode;
  /** Allow cuts whose title carries the full text (no room at this size). */
  titledCutsOk?: boolean;
}

const kpis = (lang: Lang) => [
  {
    label: L(lang, '无检控信访村社', 'Villages with no accusation petitions'),
    value: 90,
    unit: '%',
    decimals: 1,
    period: L(lang, '萧山区 · 2022年 503/559 村社', 'Xiaoshan · 2022, 503 of 559'),
  },
  {
    label: L(lang, '反诈劝阻', 'People dissuaded'),
    value: 9186,
    unit: L(lang, '人', 'people'),
    period: L(lang, '萧山区 · 2022年 反诈之眼', 'Xiaoshan · 2022, anti-fraud platform'),
  },
  {
    label: L(lang, '止付拦截', 'Intercepted'),
    value: 717.6,
    unit: L(lang, '万元', '10k yuan'),
    changePct: -35.3,
    changeLabel: L(lang, '同比', 'YoY'),
    goodDirection: 'down' as const,
    period: L(lang, '龙岗镇 · 2022年 同比', 'Longgang · 2022 YoY'),
  },
];

const cases_: Case[] = [
  ...(
    [
      [150, 120],
      [200, 128],
      [240, 128],
      [320, 160],
    ] as [number, number][]
  ).flatMap((size) =>
    [0, 1, 2].map((k) => ({
      widget: `KpiCard#${k}`,
      size,
      node: (lang: Lang) => (
        <KpiCard
          {...(kpis(lang)[k] as typeof kpis extends (l: Lang) => (infer K)[] ? K : never)}
          animate={false}
        />
      ),
    })),
  ),
  ...([360, 440, 520, 600, 760, 1000] as const).map((w) => ({
    widget: 'StagePipeline',
    size: [w, 220] as [number, number],
    node: () => <StagePipeline stages={stages} />,
  })),
  ...([240, 300, 380, 500, 700] as const).map((w) => ({
    widget: 'RankingBoard',
    size: [w, 200] as [number, number],
    titledCutsOk: w <= 240,
    node: (lang: Lang) => (
      <RankingBoard
        title={L(lang, '积案化解 · 富阳', 'Backlog cleared, Fuyang')}
        unit={L(lang, '件', 'cases')}
        items={[
          { name: L(lang, '省级（共 154）', 'Provincial (of 154)'), value: 154 },
          { name: L(lang, '国家级（共 125）', 'National (of 125)'), value: 125 },
          { name: L(lang, '市级（共 5）', 'City (of 5)'), value: 5 },
        ]}
      />
    ),
  })),
  ...([300, 380, 500, 700] as const).map((w) => ({
    widget: 'RankingBoard/types',
    size: [w, 240] as [number, number],
    titledCutsOk: w <= 300,
    node: (lang: Lang) => (
      <RankingBoard
        title={L(lang, '高发类型', 'Most frequent types')}
        unit={L(lang, '件', 'cases')}
        limit={5}
        items={typeRows.map((t) => ({ name: L(lang, t.typeName, t.typeNameEn), value: t.cases }))}
      />
    ),
  })),
  ...(
    [
      [220, 170],
      [260, 190],
      [320, 220],
      [480, 280],
      [640, 360],
    ] as [number, number][]
  ).map((size) => ({
    widget: 'RingChart',
    size,
    node: (lang: Lang) => (
      <RingChart
        renderer="svg"
        title={L(lang, '隐患督办整改', 'Hazards by status')}
        unit={L(lang, '处', 'hazards')}
        items={[
          { name: L(lang, '已整改', 'Fixed'), value: 1717 },
          { name: L(lang, '整改中', 'In progress'), value: 285 },
          { name: L(lang, '逾期', 'Overdue'), value: 39 },
        ]}
      />
    ),
  })),
  ...(
    [
      [500, 150],
      [500, 200],
      [500, 280],
      [900, 320],
    ] as [number, number][]
  ).map((size) => ({
    widget: 'TrendChart',
    size,
    node: (lang: Lang) => (
      <TrendChart
        renderer="svg"
        title={L(lang, '涉纪信访 月度受理 · 同比', 'Petitions per month, year on year')}
        unit={L(lang, '件', 'petitions')}
        categories={months(lang)}
        goodDirection="down"
        series={[
          {
            name: L(lang, '2021年', '2021'),
            previousName: L(lang, '2021年（去年同期）', '2021 (same period last year)'),
            values: [88, 79, 95, 102, 90, 85, 93, 87, 91, 84, 80, 86],
            previous: [99, 91, 110, 118, 104, 98, 107, 100, 103, 97, 95, 99],
          },
        ]}
      />
    ),
  })),
  ...(
    [
      [420, 200],
      [600, 260],
      [900, 300],
    ] as [number, number][]
  ).map((size) => ({
    widget: 'HeatGrid',
    size,
    node: (lang: Lang) => (
      <HeatGrid
        renderer="svg"
        title={L(lang, '受理时段分布（件）', 'Cases by hour and weekday')}
        unit={L(lang, '件', 'cases')}
        values={Array.from({ length: 7 }, (_, d) =>
          Array.from(
            { length: 24 },
            (_, h) => ((d * 7 + h * 13) % 34) + (h > 8 && h < 18 ? 10 : 0),
          ),
        )}
      />
    ),
  })),
  ...(
    [
      [420, 260],
      [600, 300],
    ] as [number, number][]
  ).map((size) => ({
    widget: 'HeatGrid/labelled',
    size,
    node: (lang: Lang) => (
      <HeatGrid
        renderer="svg"
        title={L(lang, '各类电诈 月度分布', 'Fraud types by month')}
        unit={L(lang, '件', 'cases')}
        rowLabels={typeRows.map((t) => L(lang, t.typeName, t.typeNameEn))}
        columnLabels={months(lang)}
        values={typeRows.map((_, r) => Array.from({ length: 12 }, (_, c) => (r * 5 + c * 3) % 20))}
      />
    ),
  })),
];

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

/** Waits until the widget is ready and its text stops moving (charts draw on frames). */
async function settled(box: HTMLElement): Promise<void> {
  await expect
    .poll(() => box.querySelector('[data-widget]')?.getAttribute('data-state'))
    .toBe('ready');
  await untilStill(() =>
    [...box.querySelectorAll('svg text, .os-widget *')]
      .map((e) => `${e.textContent}@${Math.round(e.getBoundingClientRect().x)}`)
      .join('|'),
  );
}

describe('widget text fits its box (both languages, several sizes)', () => {
  for (const c of cases_)
    for (const lang of ['zh-CN', 'en'] as const)
      it(`${c.widget} ${c.size[0]}×${c.size[1]} ${lang}`, async () => {
        const [w, h] = c.size;
        mounted = mount(onWall(c.node(lang), w, h, lang), w, h);
        await settled(mounted.box);
        const root = mounted.box.querySelector('[data-widget]') as HTMLElement;
        const problems = findTextProblems(root).filter(
          (p: TextProblem) => !(c.titledCutsOk && p.kind === 'cut-titled'),
        );
        expect(problems, describeTextProblems(problems)).toEqual([]);
      });
});
