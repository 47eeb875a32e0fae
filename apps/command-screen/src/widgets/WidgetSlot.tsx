import { ViewWidget, type ViewWidgetProps, WidgetErrorBoundary } from '@onescreen/widgets';
import { AlertListSlot } from '../alerts/AlertPanel.js';
import { useWidgetAlertLevel } from '../alerts/alert-hooks.js';
import type { WidgetConfig } from '../config/schema.js';
import { HeaderWidget } from '../header/HeaderWidget.js';
import { tr } from '../i18n/text.js';
import { useBinding } from '../model/useBinding.js';
import { useScreenApp } from '../screen-context.js';
import { MapWidget } from './MapWidget.js';
import { pickTitle, titleWithPeriod } from './pick.js';

/** One configured widget: its binding run through the data model, inside its own error boundary. */
export function WidgetSlot({ widget, path }: { widget: WidgetConfig; path: string }) {
  const { lang } = useScreenApp();
  // An unacknowledged alert about this widget edges it in the alert level's colour.
  const alert = useWidgetAlertLevel(widget.id);
  return (
    <div
      className="cs-slot"
      style={{ flexGrow: widget.grow }}
      data-slot={widget.id}
      data-alert-level={alert}
    >
      <WidgetErrorBoundary
        resetKey={widget}
        fallback={(error) => (
          // A widget that throws becomes an error panel; its neighbours keep running.
          <section className="os-widget" data-widget={widget.type} data-state="error" role="alert">
            <p className="os-error">
              {tr(lang, 'widgetFailed')}: {error.message}
            </p>
          </section>
        )}
      >
        <SlotBody widget={widget} path={path} />
      </WidgetErrorBoundary>
    </div>
  );
}

/** The status of a widget without a binding: one object, so the memoised widget is not re-run. */
const READY = Object.freeze({ state: 'ready' as const });

function SlotBody({ widget, path }: { widget: WidgetConfig; path: string }) {
  const { lang } = useScreenApp();
  const bound = useBinding(widget.bind, `${path}/bind`);
  if (widget.type === 'Header') return <HeaderWidget />;
  if (widget.type === 'AlertList') {
    const limit = (widget.props as { limit?: unknown }).limit;
    return (
      <AlertListSlot
        title={pickTitle(widget.title, lang)}
        limit={typeof limit === 'number' ? limit : undefined}
      />
    );
  }
  if (widget.type === 'DistrictMap' || widget.type === 'CoverageMap') {
    return <MapWidget widget={widget} map={bound} path={path} />;
  }
  return (
    <ViewWidget
      type={widget.type as ViewWidgetProps['type']}
      view={bound?.view ?? null}
      status={bound?.status ?? READY}
      title={
        widget.type === 'KpiCard'
          ? pickTitle(widget.title, lang)
          : titleWithPeriod(pickTitle(widget.title, lang), bound?.view?.period, lang)
      }
      options={widget.props}
    />
  );
}
