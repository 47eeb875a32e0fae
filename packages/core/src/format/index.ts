// Formatting of @onescreen/core (zh-CN and English), named one by one.
export { formatAge } from './age.js';
export {
  type ClockParts,
  clockParts,
  formatDate,
  formatDateTime,
  SCREEN_TIME_ZONE,
} from './datetime.js';
export { type Lang, MISSING } from './lang.js';
export { formatFixed, formatGrouped, formatNumber, type NumberOptions } from './number.js';
export { formatPercent, type PercentOptions } from './percent.js';
export { formatComparison, formatPeriod } from './period.js';
export { formatYuan } from './yuan.js';
