import type { AreaCollection } from '@onescreen/geo';
import { useMemo } from 'react';
import { useReducedMotion } from '../a11y/useReducedMotion.js';
import { registerMapOnce } from '../echarts/registerMapOnce.js';
import { usePalette } from '../echarts/usePalette.js';
import { useLang } from '../i18n/context.js';
import { quantileBreaks } from './classBreaks.js';
import { districtMapOption, districtTable, type MapPoint } from './compute.js';
import { districtsOf, withCodes } from './districts.js';
import { labelWorthy } from './labelWorthy.js';
import { mapMessages } from './messages.js';
import { naturalBreaks } from './naturalBreaks.js';
import { mapProjection } from './projection.js';

/** Inputs of useDistrictMap. */
export interface DistrictMapData {
  /** Boundaries: a FeatureCollection of Polygon/MultiPolygon, ids or properties.adcode as codes. */
  geojson: AreaCollection;
  /** Stable name to register the boundaries under (one registration per name, ever). */
  mapName: string;
  /** Value per district code. */
  values: Readonly<Record<string, number | null | undefined>>;
  /** Labelled points (stations, towns). */
  points?: readonly MapPoint[] | undefined;
  /** Number of legend classes, 5 by default. */
  classes?: number | undefined;
  /** 'quantile' (default: about equal counts per class) or 'natural' (breaks between clusters). */
  classMethod?: 'quantile' | 'natural' | undefined;
  /** Unit after values. */
  unit?: string | undefined;
  /** One-line title. */
  title?: string | undefined;
}

const noPoints: readonly MapPoint[] = [];

/** Option, legend classes, districts and table of a district map at a drill level. */
export function useDistrictMap(
  data: DistrictMapData,
  selected: string | null,
  drill: string | null,
) {
  const {
    geojson,
    mapName,
    values,
    points = noPoints,
    classes = 5,
    classMethod = 'quantile',
    unit = '',
    title,
  } = data;
  const lang = useLang();
  const palette = usePalette();
  const reducedMotion = useReducedMotion();
  const name = title ?? mapMessages(lang, 'untitled');
  const all = useMemo(() => districtsOf(geojson), [geojson]);
  // Classes come from every district, so a drilled-in district keeps the colour it had.
  const breaks = useMemo(() => {
    const list = all.map((d) => values[d.code]);
    return classMethod === 'natural' ? naturalBreaks(list, classes) : quantileBreaks(list, classes);
  }, [all, values, classes, classMethod]);
  const level = useMemo(() => {
    const shown = drill ? all.filter((d) => d.code === drill) : all;
    const registered = drill ? `${mapName}/${drill}` : mapName;
    const keep = drill ? new Set([drill]) : undefined;
    registerMapOnce(registered, geojson, (g) => withCodes(g, keep));
    const coded = withCodes(geojson, keep);
    const projection = mapProjection(coded);
    // Codes in feature order of the shown collection, as labelWorthy walks it.
    const codes = coded.features.map((f) => String(f.properties?.code));
    return { shown, registered, projection, labelled: labelWorthy(coded, codes, projection) };
  }, [all, drill, mapName, geojson]);
  return useMemo(() => {
    const input = {
      mapName: level.registered,
      districts: level.shown,
      values,
      breaks,
      selected,
      points: drill
        ? points.filter((p) => p.district === undefined || p.district === drill)
        : points,
      projection: level.projection,
      labelled: level.labelled,
      unit,
      title: name,
      lang,
      palette,
      reducedMotion,
    };
    return {
      option: districtMapOption(input),
      table: districtTable(input),
      breaks,
      classMethod,
      all,
      shown: level.shown,
      lang,
      palette,
    };
  }, [
    level,
    values,
    breaks,
    selected,
    points,
    drill,
    unit,
    name,
    lang,
    palette,
    reducedMotion,
    all,
    classMethod,
  ]);
}
