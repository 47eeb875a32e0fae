import { formatPeriod } from '@onescreen/core';
import type { AppLang } from '../i18n/text.js';

/** A config title ({ 'zh-CN', en }) in the screen language. */
export function pickTitle(
  title: { 'zh-CN': string; en: string } | undefined,
  lang: AppLang,
): string | undefined {
  return title ? title[lang] : undefined;
}

/**
 * A widget's title followed by the period its view shows ("高发类型 · 2022年6月"), so every
 * chart says which period it is. KPI cards name it in their caption instead; a view that is
 * not tied to a period (stations, open backlog) adds nothing.
 */
export function titleWithPeriod(
  title: string | undefined,
  period: string | undefined,
  lang: AppLang,
): string | undefined {
  if (!period) return title;
  return title ? `${title} · ${formatPeriod(period, lang)}` : formatPeriod(period, lang);
}
