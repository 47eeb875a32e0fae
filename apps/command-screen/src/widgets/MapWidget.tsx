import type { LocalText, PointsView, RegionsView } from '@onescreen/core';
import { useOnescreen, useOnescreenStore } from '@onescreen/core/react';
import { type AreaCollection, drillUp, drillView, pointsInView } from '@onescreen/geo';
import { CoverageMap, DistrictMap, type WidgetStatus } from '@onescreen/widgets';
import { memo, useCallback, useMemo, useState } from 'react';
import { useAlertedPlaces } from '../alerts/alert-hooks.js';
import type { WidgetConfig } from '../config/schema.js';
import { type AppTextKey, tr } from '../i18n/text.js';
import { type BoundView, useBinding } from '../model/useBinding.js';
import { useScreenApp } from '../screen-context.js';
import { freeCorners, type MapCorner } from './map-corners.js';
import { PointDetailCard } from './PointDetailCard.js';
import { PointKeys } from './PointKeys.js';
import { pickTitle, titleWithPeriod } from './pick.js';

/** Props of MapWidget. */
export interface MapWidgetProps {
  /** The map widget's config. */
  widget: WidgetConfig;
  /** Its own binding's result: the regions that colour the map. */
  map: BoundView | null;
  /** Where the widget sits in the config. */
  path: string;
}

type Layer = 'districts' | 'points' | 'coverage';

const layerKeys: Record<Layer, AppTextKey> = {
  districts: 'layerDistricts',
  points: 'layerPoints',
  coverage: 'layerCoverage',
};

/** Presentation options a map takes from its config props. */
interface MapOptions {
  layer?: Layer;
  /** Point groups whose names are printed (others show on hover and in the table). */
  labelGroups?: string[];
  /** The "one station per N km²" target the coverage layer states. */
  coverageTarget?: number;
  /** The points layer's name on its button ("消防站"). */
  pointsLabel?: LocalText;
  /** The coverage layer's title. */
  coverageTitle?: LocalText;
  /** The whole map's area, for its accessible name ("杭州 · 嘉兴"). */
  areaName?: LocalText;
  /** Corners the district legend may take, best first. */
  legendCorners?: unknown;
  /** Corners the coverage summary may take, best first. */
  summaryCorners?: unknown;
}

/** The widgets' own orders: the legend prefers bottom-left, the coverage summary top-right. */
const legendOrder: readonly MapCorner[] = ['bottom-left', 'top-right', 'bottom-right', 'top-left'];
const summaryOrder: readonly MapCorner[] = ['top-right', 'top-left', 'bottom-left', 'bottom-right'];

/**
 * The centre map: a choropleth from its binding's regions, with its first points layer on top
 * and, when those points have a reach, a coverage layer computed in the worker. Clicking a
 * district selects it in the store (every panel filters to it); when the config's drill layers
 * hold its towns (or zones), the map opens them, and the breadcrumb leads back up. Clicking
 * outside clears the selection, one level at a time. Clicking a point opens its details.
 * Memoised (as ViewWidget is): its slot renders again with the same props whenever the feed's
 * state changes, before the view from the new value is ready.
 */
export const MapWidget = memo(function MapWidget({ widget, map, path }: MapWidgetProps) {
  const { lang, kiosk, boundaries, coverage, drill } = useScreenApp();
  const store = useOnescreenStore();
  const place = useOnescreen((s) => s.place);
  const options = widget.props as MapOptions;
  // Places an unacknowledged alert concerns pulse in the alert level's colour.
  const alerted = useAlertedPlaces();
  const [layerName, firstLayer] = Object.entries(widget.layers ?? {})[0] ?? [];
  const points = useBinding(firstLayer, `${path}/layers/${layerName ?? ''}`);
  const [layer, setLayer] = useState<Layer>(options.layer ?? (firstLayer ? 'points' : 'districts'));
  const regions = map?.view?.kind === 'regions' ? (map.view as RegionsView) : null;
  const pointView = points?.view?.kind === 'points' ? (points.view as PointsView) : null;
  const reach = pointView?.points.some((p) => (p.radiusKm ?? 0) > 0) ?? false;

  // What the map shows follows from the selected place alone (see drillView in @onescreen/geo).
  const shown = useMemo(() => drillView(drill.index, place), [drill.index, place]);
  const geojson = useMemo<AreaCollection | null>(
    () => (boundaries ? { type: 'FeatureCollection', features: [...shown.features] } : null),
    [boundaries, shown.features],
  );
  const layerNote = drill.layers[shown.depth - 1]?.config.note;
  // The points under the clicked marker (a cluster holds several), the first on the card.
  const [detail, setDetail] = useState<readonly string[] | null>(null);
  const closeDetail = useCallback(() => setDetail(null), []);
  const openOne = useCallback((id: string) => setDetail([id]), []);
  const values = useMemo(() => {
    const out: Record<string, number> = {};
    for (const v of regions?.values ?? []) out[v.place] = v.value;
    return out;
  }, [regions]);
  const labelGroups = options.labelGroups;
  const visiblePoints = useMemo(
    () => pointsInView(shown, pointView?.points ?? []),
    [shown, pointView],
  );
  const markers = useMemo(
    () =>
      visiblePoints.map((p) => ({
        id: p.id,
        // Dozens of names in one district would overprint each other: only the groups the
        // config names are printed; every point shows in the map's hidden table and tooltip.
        name:
          !labelGroups || (p.group !== undefined && labelGroups.includes(p.group)) ? p.name : '',
        lon: p.lon,
        lat: p.lat,
        kind: 'station' as const,
        district: p.place?.slice(0, 6),
      })),
    [visiblePoints, labelGroups],
  );
  const coverageGeo = useMemo<AreaCollection | null>(() => {
    if (!boundaries || !pointView) return null;
    const places = pointView.points.map((p) => p.place ?? '');
    return {
      type: 'FeatureCollection',
      features: boundaries.filter((f) =>
        places.some((p) => p.startsWith(String(f.id ?? f.properties.adcode))),
      ),
    };
  }, [boundaries, pointView]);

  // A click outside every area clears this level's selection, or goes one level up.
  const select = (code: string | null) =>
    store
      .getState()
      .selectPlace(code ?? (shown.selected ? (shown.parent ?? undefined) : drillUp(shown)));
  const selected = shown.selected;
  // Coverage is counted per district: a town or zone selected shows its district's.
  const district = place?.slice(0, 6) ?? null;
  const onDrill = (code: string | null) => store.getState().selectPlace(code ?? undefined);
  const trail = drill.layers.length > 0 ? shown.trail : undefined;
  const detailPoints = detail
    ? detail.flatMap((id) => visiblePoints.filter((p) => p.id === id))
    : [];
  const layers: Layer[] = firstLayer
    ? reach
      ? ['districts', 'points', 'coverage']
      : ['districts', 'points']
    : ['districts'];
  const hasSwitch = !kiosk && layers.length > 1;
  // Memoised: a new list on every render would lay the map out again on every render.
  const { legendCorners, summaryCorners } = useMemo(
    () => ({
      legendCorners: freeCorners(options.legendCorners, legendOrder, hasSwitch),
      summaryCorners: freeCorners(options.summaryCorners, summaryOrder, hasSwitch),
    }),
    [options.legendCorners, options.summaryCorners, hasSwitch],
  );
  const switcher = hasSwitch && (
    <div className="cs-layer-switch" role="radiogroup" aria-label={tr(lang, 'mapLayer')}>
      {layers.map((l) => (
        <button
          key={l}
          type="button"
          aria-pressed={layer === l}
          className="os-button"
          data-layer={l}
          onClick={(event) => {
            // The switch is part of the map: it must not count as a click outside.
            event.stopPropagation();
            setLayer(l);
          }}
        >
          {l === 'points' && options.pointsLabel
            ? options.pointsLabel[lang]
            : tr(lang, layerKeys[l])}
        </button>
      ))}
    </div>
  );

  // Every map says which period it shows.
  const titled = titleWithPeriod(pickTitle(widget.title, lang), regions?.period, lang);
  if (layer === 'coverage' && points) {
    const status: WidgetStatus =
      coverage.status.state === 'error'
        ? { ...points.status, state: 'error', error: coverage.status.error }
        : points.status;
    const summary = coverage.status.state === 'ready' ? coverage.status.summary : null;
    return (
      <div className="cs-map" data-layer="coverage">
        {switcher}
        <CoverageMap
          title={options.coverageTitle?.[lang] ?? tr(lang, 'coverageTitle')}
          geojson={coverageGeo ?? { type: 'FeatureCollection', features: [] }}
          mapName={coverageGeo ? 'onescreen-coverage' : 'onescreen-coverage-empty'}
          stations={(pointView?.points ?? []).map((p) => ({
            id: p.id,
            name: p.name,
            lon: p.lon,
            lat: p.lat,
            radiusKm: p.radiusKm ?? 0,
          }))}
          coverage={summary}
          gaps={coverage.gaps}
          {...(options.coverageTarget ? { targetKm2PerStation: options.coverageTarget } : {})}
          {...(district && summary?.districts.some((d) => d.id === district) ? { district } : {})}
          summaryCorners={summaryCorners}
          status={summary || status.state === 'error' ? status : { ...status, state: 'loading' }}
        />
      </div>
    );
  }
  const status = map?.status ?? { state: 'ready' as const };
  const showPoints = layer === 'points';
  return (
    <div
      className="cs-map"
      data-layer={layer === 'points' ? 'stations' : layer}
      data-drill={shown.parent ?? ''}
      data-drill-level={
        shown.depth === 0 ? 'district' : drill.layers[shown.depth - 1]?.config.level
      }
    >
      {switcher}
      <DistrictMap
        title={titled}
        geojson={geojson ?? { type: 'FeatureCollection', features: [] }}
        // One registration per shown set of areas: the top, or the parts of one place.
        mapName={shown.parent ? `onescreen-districts/${shown.parent}` : 'onescreen-districts'}
        values={values}
        points={showPoints ? markers : []}
        unit={regions ? regions.unit[lang] : ''}
        selected={selected}
        onSelect={select}
        trail={trail}
        // The app drills by swapping the areas it hands over; the map's own one-district
        // drill stays off (controlled as null), and its breadcrumb reports through onDrill.
        drill={null}
        onDrill={onDrill}
        onPointClick={kiosk ? undefined : setDetail}
        alerted={alerted}
        {...(options.areaName ? { areaName: options.areaName[lang] } : {})}
        legendCorners={legendCorners}
        status={
          geojson ? status : { ...status, state: status.state === 'error' ? 'error' : 'loading' }
        }
      />
      {layerNote && (
        <p className="cs-map__note" data-note="">
          {layerNote[lang]}
        </p>
      )}
      {showPoints && !kiosk && visiblePoints.length > 0 && (
        <PointKeys points={visiblePoints} onOpen={openOne} lang={lang} />
      )}
      {detailPoints.length > 0 && (
        <PointDetailCard points={detailPoints} onClose={closeDetail} lang={lang} />
      )}
    </div>
  );
});
