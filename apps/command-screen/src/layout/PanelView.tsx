import { Carousel, Panel } from '@onescreen/widgets';
import { AlertDock } from '../alerts/AlertPanel.js';
import { useCarouselHold } from '../alerts/alert-hooks.js';
import type { PanelConfig, PanelRow } from '../config/schema.js';
import { tr } from '../i18n/text.js';
import { useScreenApp } from '../screen-context.js';
import { pickTitle } from '../widgets/pick.js';
import { WidgetSlot } from '../widgets/WidgetSlot.js';

/**
 * A row takes its `grow` share of the panel's height; with grow 0 it is exactly as tall as its
 * content (KPI cards that should not stretch on a tall wall panel).
 */
function rowLayout(grow: number) {
  return grow === 0
    ? { className: 'cs-row cs-row--fit' }
    : { className: 'cs-row', style: { flexGrow: grow } };
}

function Rows({ rows, path }: { rows: readonly PanelRow[]; path: string }) {
  return (
    <div className="cs-rows">
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are fixed by the config
        <div key={i} {...rowLayout(row.grow)}>
          {row.widgets.map((w, j) => (
            <WidgetSlot key={w.id} widget={w} path={`${path}/rows/${i}/widgets/${j}`} />
          ))}
        </div>
      ))}
    </div>
  );
}

/** One panel of the grid: a framed set of widget rows, or a carousel of views. */
export function PanelView({ panel, path }: { panel: PanelConfig; path: string }) {
  const { lang, kiosk, carousel } = useScreenApp();
  const style = { gridArea: panel.area };
  const title = pickTitle(panel.title, lang);
  // While a fresh alert concerns a widget in one of the views, the carousel stays on that view.
  const hold = useCarouselHold(panel.area);
  if (panel.views) {
    return (
      <Panel className="cs-panel cs-panel--carousel" style={style}>
        <Carousel
          title={title ?? tr(lang, 'carouselTitle')}
          periodMs={carousel.periodMs}
          epoch={carousel.epochMs}
          hold={hold}
          // In kiosk mode the carousel shows no pause button and never stops.
          {...(kiosk ? { paused: false } : {})}
        >
          {panel.views.map((view, v) => (
            <div key={view.title['zh-CN']} className="cs-view" data-view-title={view.title.en}>
              <h3 className="cs-view__title">{view.title[lang]}</h3>
              <Rows rows={view.rows} path={`${path}/views/${v}`} />
            </div>
          ))}
        </Carousel>
      </Panel>
    );
  }
  const rows = panel.rows ?? [];
  // The header and the bare map fill their area without a panel frame of their own.
  const bare = !title;
  if (bare) {
    return (
      <div className="cs-bare" style={style} data-area={panel.area}>
        <AlertDock area={panel.area} edge="top" />
        <Rows rows={rows} path={path} />
        <AlertDock area={panel.area} edge="bottom" />
      </div>
    );
  }
  return (
    <Panel className="cs-panel" style={style} {...(title ? { title } : {})}>
      <AlertDock area={panel.area} edge="top" />
      <Rows rows={rows} path={path} />
      <AlertDock area={panel.area} edge="bottom" />
    </Panel>
  );
}
