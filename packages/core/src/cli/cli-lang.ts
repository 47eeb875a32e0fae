import type { Lang } from '../format/lang.js';

/**
 * The validator's language from the POSIX locale (LC_ALL, then LC_MESSAGES, then LANG): a zh_*
 * locale, an unset one and the bare C/POSIX locale give Chinese, the producers' language; any
 * other named locale gives English.
 */
export function localeLang(env: Readonly<Record<string, string | undefined>> = {}): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (locale === '' || /^zh/i.test(locale) || /^(C|POSIX)(\.|$)/i.test(locale)) return 'zh-CN';
  return 'en';
}

/** A `--lang` value as a language, or undefined when it names neither. */
export function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (/^zh(-CN|_CN)?$/i.test(value)) return 'zh-CN';
  if (/^en([-_]\w+)?$/i.test(value)) return 'en';
  return undefined;
}
