import { defineMessages } from '../i18n/defineMessages.js';

/** Every string CoverageMap shows, in both languages. */
export const coverageMessages = defineMessages({
  'zh-CN': {
    covered: '覆盖率',
    perStation: '站均面积',
    perStationValue: '{value} km²/站',
    target: '目标 ≤ {target}',
    meets: '达标',
    misses: '未达标，需 {needed} 站',
    uncovered: '未覆盖',
    stations: '站点',
    stationsValue: '{count} 个',
    gap: '盲区 {area} km²',
    gapTip: '盲区：{area} km²',
    stationTip: '{name}：半径 {radius} km',
    metric: '指标',
    value: '数值',
    caption: '{title}：覆盖情况',
    description:
      '{title}：{stations} 个站点覆盖 {share}，站均 {per} km²，目标 {target} km²，{verdict}；最大盲区 {gap} km²。',
    descriptionNoTarget:
      '{title}：{stations} 个站点覆盖 {share}，站均 {per} km²；最大盲区 {gap} km²。',
    untitled: '救援圈覆盖',
    legendCovered: '覆盖范围',
    legendUncovered: '未覆盖区域',
  },
  en: {
    covered: 'Covered',
    perStation: 'Area per station',
    perStationValue: '{value} km²/station',
    target: 'target ≤ {target}',
    meets: 'meets target',
    misses: 'misses target; {needed} stations needed',
    uncovered: 'Uncovered',
    stations: 'Stations',
    stationsValue: '{count}',
    gap: 'Gap {area} km²',
    gapTip: 'Gap: {area} km²',
    stationTip: '{name}: radius {radius} km',
    metric: 'Measure',
    value: 'Value',
    caption: '{title}: coverage',
    description:
      '{title}: {stations} stations cover {share}, {per} km² per station against a target of {target} km², {verdict}; largest gap {gap} km².',
    descriptionNoTarget:
      '{title}: {stations} stations cover {share}, {per} km² per station; largest gap {gap} km².',
    untitled: 'Response coverage',
    legendCovered: 'Covered',
    legendUncovered: 'Uncovered',
  },
});
