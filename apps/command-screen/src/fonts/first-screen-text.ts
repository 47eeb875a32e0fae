import { carouselIndexAt } from '@onescreen/core';
import type { AreaFeature } from '@onescreen/geo';
import type { PanelRow, ScreenConfig, WidgetConfig } from '../config/schema.js';
import { type AppLang, tr } from '../i18n/text.js';

/** Text the first screen certainly shows, by the weight of the face that draws it. */
export interface FirstScreenText {
  /** Drawn in the regular face (400): KPI labels, a carousel view's title, district names. */
  regular: string;
  /** Drawn in the bold face (700): the screen title, panel and widget headings. */
  bold: string;
}

/**
 * The words a screen shows as soon as it renders, known from its config and boundaries alone:
 * the screen title, the panels' titles, the titles of the widgets in every panel and in the
 * carousel's current view, and the names of the districts a district map labels. Its font slices
 * can then be asked for while the feeds load, instead of by the first layout, a second later.
 *
 * Only words that will be on screen are taken (other carousel views, alert texts and drill-down
 * notes are not): a slice loaded for a word not shown is a download for nothing. The district
 * names are all taken even where the map's label layout leaves some out, because the map measures
 * every name it might print, which loads the same slices. The weights follow the styles of the
 * elements that print each word (widgets' styles.css and the app's); words from the feeds are left
 * to the first layout.
 */
export function firstScreenText(
  config: ScreenConfig,
  boundaries: readonly AreaFeature[],
  lang: AppLang,
  now: number,
): FirstScreenText {
  const regular: string[] = [];
  const bold: string[] = [];
  let map = false;
  const widgets = (rows: readonly PanelRow[]) => {
    for (const row of rows) {
      for (const widget of row.widgets) {
        if (widget.type === 'Header') bold.push(config.title[lang]);
        if (widget.type === 'DistrictMap') map = true;
        // An alert list without a title of its own shows the app's.
        const title =
          widget.title?.[lang] ??
          (widget.type === 'AlertList' ? tr(lang, 'alertsTitle') : undefined);
        if (title) (titleIsLabel(widget) ? regular : bold).push(title);
      }
    }
  };
  for (const panel of config.panels) {
    if (panel.views) {
      // The carousel's heading, then the view the wall clock puts on screen (as Carousel does).
      bold.push(panel.title?.[lang] ?? tr(lang, 'carouselTitle'));
      const periodMs = config.carousel.periodSeconds * 1000;
      const epoch = Date.parse(config.carousel.epoch);
      const view = panel.views[carouselIndexAt(now, periodMs, panel.views.length, epoch)];
      if (view) {
        regular.push(view.title[lang]);
        widgets(view.rows);
      }
      continue;
    }
    const title = panel.title?.[lang];
    if (title) bold.push(title);
    widgets(panel.rows ?? []);
  }
  if (map) {
    for (const f of boundaries)
      if (typeof f.properties.name === 'string') regular.push(f.properties.name);
  }
  return { regular: glyphsOf(regular), bold: glyphsOf(bold) };
}

/** A KPI card prints its title as the label over its number (regular), not as a heading. */
const titleIsLabel = (widget: WidgetConfig) => widget.type === 'KpiCard';

/**
 * Each character once, without spaces: a space would ask for a Latin slice of its own, which the
 * words' own letters and digits ask for when they have any.
 */
function glyphsOf(words: readonly string[]): string {
  const chars = new Set<string>();
  for (const word of words) for (const ch of word) if (ch.trim() !== '') chars.add(ch);
  return [...chars].join('');
}
