import type { LocalText } from '../feeds/fields/types.js';
import type { Lang } from '../format/lang.js';
import { formatNumber } from '../format/number.js';
import type { AlertComparison, AlertLevel } from './types.js';

/** What an alert's sentence is made of. Every string is text: it is never read as markup. */
export interface AlertWords {
  /** What is measured, or the feed's name for a staleness rule ("红灯督办件"). */
  name: LocalText;
  /** The place the value is about; none for a figure of the whole screen. */
  place?: LocalText | undefined;
  /** The value. */
  value: number;
  /** Its unit ("件", "%"); none for a duration. */
  unit?: LocalText | undefined;
  /** Digits after the decimal point (default: up to 2). */
  precision?: number | undefined;
  /** 'number' (default), or 'duration' for a value in seconds ("12 分钟"). */
  format?: 'number' | 'duration' | undefined;
  /** The comparison and threshold of the rule. */
  op: AlertComparison;
  threshold: number;
  /** The rule's level. */
  level: AlertLevel;
  /** The rule's own sentence with {place}, {name}, {value}, {threshold}, {comparison}, {level}. */
  template?: LocalText | undefined;
  /** 'value' (default) or 'stale': which default sentence to use. */
  kind?: 'value' | 'stale' | undefined;
}

const comparisons: Record<Lang, Record<AlertComparison, string>> = {
  'zh-CN': { '>=': '已达到', '>': '已超过', '<=': '已降至', '<': '已低于' },
  en: { '>=': 'at or above', '>': 'above', '<=': 'at or below', '<': 'below' },
};

const levels: Record<Lang, Record<AlertLevel, string>> = {
  'zh-CN': { notice: '提示', warning: '预警', critical: '告警' },
  en: { notice: 'Notice', warning: 'Warning', critical: 'Critical' },
};

const defaults: Record<'value' | 'placed' | 'stale', LocalText> = {
  value: {
    'zh-CN': '{name} {value}，{comparison} {threshold}',
    en: '{name} {value}, {comparison} {threshold}',
  },
  placed: {
    'zh-CN': '{place} {name} {value}，{comparison} {threshold}',
    en: '{place}: {name} {value}, {comparison} {threshold}',
  },
  stale: {
    'zh-CN': '数据源「{name}」已 {value} 未更新，超过 {threshold}',
    en: 'Feed “{name}” not updated for {value}, over {threshold}',
  },
};

/** A level's word: 提示 / 预警 / 告警, Notice / Warning / Critical. */
export function alertLevelText(level: AlertLevel, lang: Lang): string {
  return levels[lang][level];
}

const durationUnits: Record<Lang, { s: string; min: string; h: string }> = {
  'zh-CN': { s: '秒', min: '分钟', h: '小时' },
  en: { s: 's', min: 'min', h: 'h' },
};

/** A duration in seconds in plain words, rounded down: "45 秒", "12 分钟", "2.5 小时". */
export function formatDuration(seconds: number, lang: Lang): string {
  const unit = durationUnits[lang];
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return `${s} ${unit.s}`;
  if (s < 3600) return `${Math.floor(s / 60)} ${unit.min}`;
  return `${formatNumber(Math.floor(s / 360) / 10, lang, { maximumFractionDigits: 1 })} ${unit.h}`;
}

/** A value (or the threshold) of an alert with its unit: "146 件", "+12.3 %", "12 分钟". */
export function alertValueText(
  value: number,
  lang: Lang,
  words: Pick<AlertWords, 'unit' | 'precision' | 'format'>,
): string {
  if (words.format === 'duration') return formatDuration(value, lang);
  const number = formatNumber(value, lang, { maximumFractionDigits: words.precision ?? 2 });
  const unit = words.unit?.[lang] ?? '';
  return unit === '' ? number : `${number} ${unit}`;
}

/**
 * An alert in plain words, in the screen language: the rule's template, or the default
 * sentence, filled with the place, the name, the value, the comparison and the threshold.
 * A placeholder the template misspells stays as written, so the mistake shows.
 */
export function alertText(words: AlertWords, lang: Lang): string {
  const template =
    words.template ??
    (words.kind === 'stale' ? defaults.stale : words.place ? defaults.placed : defaults.value);
  const parts: Record<string, string> = {
    place: words.place?.[lang] ?? '',
    name: words.name[lang],
    value: alertValueText(words.value, lang, words),
    threshold: alertValueText(words.threshold, lang, words),
    comparison: comparisons[lang][words.op],
    level: levels[lang][words.level],
  };
  return template[lang].replace(/\{(\w+)\}/g, (whole, key: string) => parts[key] ?? whole);
}
