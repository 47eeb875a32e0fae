import { WidgetErrorBoundary } from '@onescreen/widgets';
import type { MapView, StationsView } from '../adapters/views.js';
import type { WidgetConfig } from '../config/schema.js';
import { HeaderWidget } from '../header/HeaderWidget.js';
import { tr } from '../i18n/text.js';
import { useScreenApp } from '../screen-context.js';
import { MapWidget } from './MapWidget.js';
import { useBoundView } from './useBoundView.js';
import { WidgetView } from './WidgetView.js';

/** One configured widget: its binding run through its adapter, inside its own error boundary. */
export function WidgetSlot({ widget }: { widget: WidgetConfig }) {
  const { lang } = useScreenApp();
  return (
    <div className="cs-slot" style={{ flexGrow: widget.grow }} data-slot={widget.id}>
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
        <SlotBody widget={widget} />
      </WidgetErrorBoundary>
    </div>
  );
}

function SlotBody({ widget }: { widget: WidgetConfig }) {
  const { lang, coverage } = useScreenApp();
  const bound = useBoundView(widget.bind, coverage.figures);
  const stations = useBoundView(widget.layers?.stations, null);
  if (widget.type === 'Header') return <HeaderWidget />;
  const status = bound?.status ?? { state: 'ready' as const };
  if (widget.type === 'DistrictMap' || widget.type === 'CoverageMap') {
    return (
      <MapWidget
        widget={widget}
        map={{ view: bound?.view?.kind === 'map' ? (bound.view as MapView) : null, status }}
        stations={
          stations
            ? {
                view: stations.view?.kind === 'stations' ? (stations.view as StationsView) : null,
                status: stations.status,
              }
            : null
        }
      />
    );
  }
  return <WidgetView widget={widget} view={bound?.view ?? null} status={status} lang={lang} />;
}
