import type { Lang } from './lang.js';

/** Parameters substituted into `{name}` placeholders; values are plain text, never markup. */
export type MessageParams = Record<string, string | number>;

/** A function that looks a key up in one language and fills its placeholders. */
export type Translator<K extends string> = (lang: Lang, key: K, params?: MessageParams) => string;

/**
 * Builds a translator from a catalogue holding every key in both languages; the type
 * forces the English table to carry the same keys as the Chinese one.
 */
export function defineMessages<K extends string>(
  catalogue: Record<Lang, Record<K, string>>,
): Translator<K> {
  return (lang, key, params) => {
    const template = catalogue[lang][key] ?? catalogue['zh-CN'][key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}
