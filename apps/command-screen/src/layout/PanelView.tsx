import { Carousel, Panel } from '@onescreen/widgets';
import type { PanelConfig, PanelRow } from '../config/schema.js';
import { tr } from '../i18n/text.js';
import { useScreenApp } from '../screen-context.js';
import { pickTitle } from '../widgets/pick.js';
import { WidgetSlot } from '../widgets/WidgetSlot.js';

function Rows({ rows }: { rows: readonly PanelRow[] }) {
  return (
    <div className="cs-rows">
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are fixed by the config
        <div key={i} className="cs-row" style={{ flexGrow: row.grow }}>
          {row.widgets.map((w) => (
            <WidgetSlot key={w.id} widget={w} />
          ))}
        </div>
      ))}
    </div>
  );
}

/** One panel of the grid: a framed set of widget rows, or a carousel of views. */
export function PanelView({ panel }: { panel: PanelConfig }) {
  const { lang, kiosk, carousel } = useScreenApp();
  const style = { gridArea: panel.area };
  const title = pickTitle(panel.title, lang);
  if (panel.views) {
    return (
      <Panel className="cs-panel cs-panel--carousel" style={style}>
        <Carousel
          title={title ?? tr(lang, 'carouselTitle')}
          periodMs={carousel.periodMs}
          epoch={carousel.epochMs}
          // In kiosk mode the carousel shows no pause button and never stops.
          {...(kiosk ? { paused: false } : {})}
        >
          {panel.views.map((view) => (
            <div key={view.title['zh-CN']} className="cs-view" data-view-title={view.title.en}>
              <h3 className="cs-view__title">{view.title[lang]}</h3>
              <Rows rows={view.rows} />
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
        <Rows rows={rows} />
      </div>
    );
  }
  return (
    <Panel className="cs-panel" style={style} {...(title ? { title } : {})}>
      <Rows rows={rows} />
    </Panel>
  );
}
