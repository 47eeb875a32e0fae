import type { FeedBinding, PanelRow, ScreenConfig } from './schema.js';

/** One binding of a config and where it sits. */
export interface PlacedBinding {
  /** The binding. */
  bind: FeedBinding;
  /** Its JSON pointer in the config. */
  path: string;
}

/** Every binding of a config (widgets' `bind` and their `layers`), fixed rows and carousel views alike. */
export function bindingsOf(config: ScreenConfig): PlacedBinding[] {
  const out: PlacedBinding[] = [];
  const rows = (list: readonly PanelRow[], base: string) => {
    for (const [r, row] of list.entries()) {
      for (const [i, w] of row.widgets.entries()) {
        const at = `${base}/rows/${r}/widgets/${i}`;
        if (w.bind) out.push({ bind: w.bind, path: `${at}/bind` });
        for (const [name, layer] of Object.entries(w.layers ?? {})) {
          out.push({ bind: layer, path: `${at}/layers/${name}` });
        }
      }
    }
  };
  for (const [p, panel] of config.panels.entries()) {
    rows(panel.rows ?? [], `/panels/${p}`);
    for (const [vi, v] of (panel.views ?? []).entries()) rows(v.rows, `/panels/${p}/views/${vi}`);
  }
  return out;
}

/** The first map layer whose points have a reach: the stations the coverage engine counts. */
export function coverageLayer(config: ScreenConfig): { bind: FeedBinding; path: string } | null {
  for (const [p, panel] of config.panels.entries()) {
    const groups = [
      ...(panel.rows ?? []).map((row, r) => ({ row, path: `/panels/${p}/rows/${r}` })),
      ...(panel.views ?? []).flatMap((v, vi) =>
        v.rows.map((row, r) => ({ row, path: `/panels/${p}/views/${vi}/rows/${r}` })),
      ),
    ];
    for (const { row, path } of groups) {
      for (const [i, w] of row.widgets.entries()) {
        for (const [name, layer] of Object.entries(w.layers ?? {})) {
          if (layer.view.kind === 'points' && 'radius' in layer.view) {
            return { bind: layer, path: `${path}/widgets/${i}/layers/${name}` };
          }
        }
      }
    }
  }
  return null;
}
