import type { AppLang } from '../i18n/text.js';

const labels: Record<string, { 'zh-CN': string; en: string }> = {
  petitions: { 'zh-CN': '信访', en: 'Petitions' },
  hotline: { 'zh-CN': '12345', en: 'Hotline' },
  fire: { 'zh-CN': '消防', en: 'Fire' },
  antifraud: { 'zh-CN': '反诈', en: 'Anti-fraud' },
  grassroots: { 'zh-CN': '基层', en: 'Grassroots' },
};

/** Short name of a feed for the freshness strip (its id when it is not one of the five). */
export function feedLabel(id: string, lang: AppLang): string {
  return labels[id]?.[lang] ?? id;
}
