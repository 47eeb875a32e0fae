import { useOnescreen, useOnescreenStore } from '@onescreen/core/react';
import type { AreaCollection } from '@onescreen/geo';
import { CoverageMap, DistrictMap, type WidgetStatus } from '@onescreen/widgets';
import { useMemo, useState } from 'react';
import type { MapView, StationsView } from '../adapters/views.js';
import type { WidgetConfig } from '../config/schema.js';
import { useScreenApp } from '../screen-context.js';
import { pick, pickTitle } from './pick.js';

/** Props of MapWidget. */
export interface MapWidgetProps {
  widget: WidgetConfig;
  /** The choropleth values. */
  map: { view: MapView | null; status: WidgetStatus };
  /** The stations layer, when the config binds one. */
  stations: { view: StationsView | null; status: WidgetStatus } | null;
}

type Layer = 'districts' | 'stations' | 'coverage';

const layerNames: Record<Layer, { zh: string; en: string }> = {
  districts: { zh: '区县', en: 'Districts' },
  stations: { zh: '消防站', en: 'Stations' },
  coverage: { zh: '覆盖', en: 'Coverage' },
};

/**
 * The centre map: a choropleth of every county with a layer switch for the fire stations and
 * their coverage. Clicking a district selects it in the store (every panel filters to it);
 * clicking outside every district clears the selection.
 */
export function MapWidget({ widget, map, stations }: MapWidgetProps) {
  const { lang, kiosk, boundaries, coverage } = useScreenApp();
  const store = useOnescreenStore();
  const place = useOnescreen((s) => s.place);
  const [layer, setLayer] = useState<Layer>(
    ((widget.props as { layer?: Layer }).layer ?? 'stations') as Layer,
  );
  const geojson = useMemo<AreaCollection | null>(
    () => (boundaries ? { type: 'FeatureCollection', features: boundaries } : null),
    [boundaries],
  );
  const values = useMemo(() => {
    const out: Record<string, number> = {};
    for (const v of map.view?.values ?? []) out[v.district] = v.value;
    return out;
  }, [map.view]);
  const points = useMemo(
    () =>
      (stations?.view?.stations ?? []).map((s) => ({
        id: s.id,
        // Twenty-three labels in one district would overprint each other: only the central
        // station is named; every station shows in the map's hidden table and tooltip.
        name: s.role === 'central' ? s.name : '',
        lon: s.lon,
        lat: s.lat,
        kind: 'station' as const,
        district: s.district,
      })),
    [stations?.view],
  );
  const coverageGeo = useMemo<AreaCollection | null>(() => {
    if (!boundaries || !stations?.view) return null;
    const ds = new Set(stations.view.stations.map((s) => s.district));
    return {
      type: 'FeatureCollection',
      features: boundaries.filter((f) => ds.has(String(f.id ?? f.properties.adcode))),
    };
  }, [boundaries, stations?.view]);

  const select = (code: string | null) => store.getState().selectPlace(code ?? undefined);
  const selected = place?.slice(0, 6) ?? null;
  const layers: Layer[] = stations ? ['districts', 'stations', 'coverage'] : ['districts'];
  const switcher = !kiosk && layers.length > 1 && (
    <div
      className="cs-layer-switch"
      role="radiogroup"
      aria-label={lang === 'en' ? 'Map layer' : '图层'}
    >
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
          {pick(layerNames[l], lang)}
        </button>
      ))}
    </div>
  );

  const title = pickTitle(widget.title, lang);
  if (layer === 'coverage' && stations) {
    const status: WidgetStatus =
      coverage.error !== null
        ? { ...stations.status, state: 'error', error: coverage.error }
        : stations.status;
    return (
      <div className="cs-map" data-layer="coverage">
        {switcher}
        {coverageGeo && stations.view ? (
          <CoverageMap
            title={
              lang === 'en' ? 'Fire stations: five-minute coverage' : '消防站 五分钟救援圈覆盖'
            }
            geojson={coverageGeo}
            mapName="onescreen-coverage"
            stations={stations.view.stations.map((s) => ({
              id: s.id,
              name: s.name,
              lon: s.lon,
              lat: s.lat,
              radiusKm: stations.view?.radiusKm[s.district] ?? 0,
            }))}
            coverage={coverage.summary}
            gaps={coverage.gaps}
            {...(selected && coverage.figures?.districts[selected] ? { district: selected } : {})}
            status={status}
          />
        ) : (
          <CoverageMap
            title={title ?? ''}
            geojson={{ type: 'FeatureCollection', features: [] }}
            mapName="onescreen-coverage-empty"
            stations={[]}
            coverage={null}
            status={{ ...status, state: status.state === 'error' ? 'error' : 'loading' }}
          />
        )}
      </div>
    );
  }
  return (
    <div className="cs-map" data-layer={layer}>
      {switcher}
      <DistrictMap
        title={title}
        geojson={geojson ?? { type: 'FeatureCollection', features: [] }}
        mapName="onescreen-hangzhou-jiaxing"
        values={values}
        points={layer === 'stations' ? points : []}
        unit={map.view ? pick(map.view.unit, lang) : ''}
        selected={selected}
        onSelect={select}
        areaName={lang === 'en' ? 'Hangzhou and Jiaxing' : '杭州 · 嘉兴'}
        status={
          geojson
            ? map.status
            : { ...map.status, state: map.status.state === 'error' ? 'error' : 'loading' }
        }
      />
    </div>
  );
}
