import { stagePipelineFixture } from '@onescreen/fixtures';
import { StagePipeline } from '@onescreen/widgets';
import { codeRef, type WidgetDocs } from '../docs/types.js';

/** StagePipeline's Docs page: prose, the copyable example and its screen-config binding. */
export const stagePipelineDocs: WidgetDocs = {
  purpose: {
    'zh-CN': '五步闭环流程：受理、交办、办理、审核、回访，每步的件数、在办数、平均用时和转化率。',
    en: 'The five-step closed loop (received, assigned, handled, reviewed, followed up): cases, open now, mean time and conversion at each step.',
  },
  do: [
    {
      'zh-CN': '直接传入带各环节时间的工单，由组件统一计算件数和用时（口径只有一处）。',
      en: 'Pass the cases with the time of each step; the widget computes counts and times in one place.',
    },
    {
      'zh-CN': '在窄栏（约 500 px）里也可使用：环节名会换行，低于 480 px 时改为纵向排列。',
      en: 'It fits a narrow column (~500 px): names wrap, and below 480 px the steps stack vertically.',
    },
  ],
  dont: [
    {
      'zh-CN': '不要传入预先算好的百分比；转化率和平均用时由组件根据时间计算。',
      en: 'Do not pass precomputed percentages; the widget derives conversion and mean time from the timestamps.',
    },
    {
      'zh-CN': '不要用于没有先后顺序的分类；分类占比请用 RingChart。',
      en: 'Do not use it for categories without an order; use a RingChart for shares.',
    },
  ],
  example: {
    component: StagePipeline,
    props: {
      title: '12345 热线办理流程',
      cases: codeRef(
        'cases',
        'hotline cases, each with times.received … times.followedUp (data/feeds/hotline.json /data/cases)',
        stagePipelineFixture.sample().cases,
      ),
    },
    width: 720,
    height: 200,
  },
  screen: {
    json: {
      id: 'hl-stages',
      type: 'StagePipeline',
      title: { 'zh-CN': '五步闭环 · 件数与平均用时', en: 'Five stages: cases and mean time' },
      bind: {
        feed: 'hotline',
        pointer: '/data/cases',
        transforms: [
          { filter: { place: 'selected' } },
          { filter: { period: 'screen', field: 'times.received' } },
          {
            funnel: {
              stages: [
                'times.received',
                'times.assigned',
                'times.handled',
                'times.closureReviewed',
                'times.followedUp',
              ],
            },
          },
        ],
        view: { kind: 'stages' },
      },
    },
  },
  // hotline.json's /data object has a `cases` key, which becomes the prop.
  embed: { feed: { url: '/feeds/hotline.json', pointer: '/data' } },
};
