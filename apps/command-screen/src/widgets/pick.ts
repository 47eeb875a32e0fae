import type { Bilingual } from '../adapters/views.js';
import type { AppLang } from '../i18n/text.js';

/** The text of a bilingual label in the screen language. */
export function pick(text: Bilingual | undefined, lang: AppLang): string {
  if (!text) return '';
  return lang === 'en' ? text.en : text.zh;
}

/** A config title ({ 'zh-CN', en }) in the screen language. */
export function pickTitle(
  title: { 'zh-CN': string; en: string } | undefined,
  lang: AppLang,
): string | undefined {
  return title ? title[lang] : undefined;
}
