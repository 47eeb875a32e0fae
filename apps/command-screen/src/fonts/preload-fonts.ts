import type { AreaFeature } from '@onescreen/geo';
import type { ScreenConfig } from '../config/schema.js';
import type { AppLang } from '../i18n/text.js';
import { firstScreenText } from './first-screen-text.js';

/**
 * Asks for the font slices of the words the first screen shows (firstScreenText) as soon as the
 * config and boundaries are known, so they arrive while the feeds load. Found by the first layout
 * instead, they came about half a second after it at 4K, and every chart whose labels needed
 * them drew twice. The family is the screen's text face (--os-font-text in the widgets' styles).
 */
export function preloadFirstScreenFonts(
  config: ScreenConfig,
  boundaries: readonly AreaFeature[],
  lang: AppLang,
): void {
  const fonts = typeof document === 'undefined' ? undefined : document.fonts;
  if (!fonts) return;
  const text = firstScreenText(config, boundaries, lang, Date.now());
  const load = (font: string, chars: string) => {
    // A slice that fails to load leaves the text in a fallback face, as the layout would.
    if (chars !== '') void fonts.load(font, chars).catch(() => undefined);
  };
  load('400 16px "Noto Sans SC"', text.regular);
  load('700 16px "Noto Sans SC"', text.bold);
}
