import type { Lang } from '@onescreen/widgets';

/**
 * The language an embedded widget speaks: the nearest `lang` attribute, its own or the page's
 * (`<html lang="en">`). English for any English tag, otherwise Chinese, the screen language.
 */
export function pageLang(element: Element): Lang {
  const tag = element.closest('[lang]')?.getAttribute('lang') ?? '';
  return /^en\b/i.test(tag) ? 'en' : 'zh-CN';
}
