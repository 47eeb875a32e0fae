/** The screen languages: Simplified Chinese (the default on screen) and English. */
export type Lang = 'zh-CN' | 'en';

/** What a formatter prints for a value that is not a finite number or a valid time. */
export const MISSING = '—';

/** Use the real minus sign (U+2212), as typeset numbers do, instead of the hyphen. */
export function realMinus(text: string): string {
  return text.replace(/-/g, '\u2212');
}
