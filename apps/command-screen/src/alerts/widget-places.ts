import type { PanelRow, ScreenConfig, WidgetConfig } from '../config/schema.js';

/** Where one widget of a config sits: its panel, and its view when the panel is a carousel. */
export interface WidgetPlace {
  /** The widget's config. */
  widget: WidgetConfig;
  /** Its JSON pointer in the config. */
  path: string;
  /** The grid area of its panel. */
  area: string;
  /** The index of its carousel view, when its panel rotates. */
  view?: number | undefined;
}

/** Every widget of a config by id, fixed rows and carousel views alike. */
export function widgetPlaces(config: ScreenConfig): Map<string, WidgetPlace> {
  const out = new Map<string, WidgetPlace>();
  const rows = (list: readonly PanelRow[], base: string, area: string, view?: number) => {
    for (const [r, row] of list.entries()) {
      for (const [i, widget] of row.widgets.entries()) {
        if (!out.has(widget.id))
          out.set(widget.id, { widget, path: `${base}/rows/${r}/widgets/${i}`, area, view });
      }
    }
  };
  for (const [p, panel] of config.panels.entries()) {
    rows(panel.rows ?? [], `/panels/${p}`, panel.area);
    for (const [v, view] of (panel.views ?? []).entries())
      rows(view.rows, `/panels/${p}/views/${v}`, panel.area, v);
  }
  return out;
}
