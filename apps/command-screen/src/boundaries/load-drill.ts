import { isPlaceCode } from '@onescreen/core';
import { type AreaFeature, featureCode } from '@onescreen/geo';
import type { DrillLayerConfig } from '../config/schema.js';
import type { ConfigFault } from '../config/validate.js';
import type { AppLang } from '../i18n/text.js';
import { loadBoundaryFile, resolveBoundaryUrls } from './load-boundaries.js';

/** One drill layer as loaded: its config and its checked areas. */
export interface LoadedDrillLayer {
  /** The layer's config (level, label, note). */
  config: DrillLayerConfig;
  /** Its areas, validated and wound for d3, from all its files. */
  features: AreaFeature[];
}

/** Outcome of loading the drill layers: every layer's areas, or every fault. */
export type DrillResult =
  | { ok: true; layers: LoadedDrillLayer[] }
  | { ok: false; faults: ConfigFault[] };

/** Fault text of the nesting checks, in both screen languages. */
const text = {
  noCode: {
    'zh-CN': () => '区域缺少编码：需要 id（或 properties.adcode）',
    en: () => 'the area has no code: give it an id (or properties.adcode)',
  },
  badCode: {
    'zh-CN': (c: string) =>
      `“${c}”不是地点编码：应为 6 位区县码、9 位镇街码，或其后加“-”与网格编号（如 330411101-G07）`,
    en: (c: string) =>
      `"${c}" is not a place code: use a 6-digit adcode, a 9-digit town code, or either followed by "-" and a zone id (330411101-G07)`,
  },
  duplicate: {
    'zh-CN': (c: string) => `编码 ${c} 重复：已在其他边界中出现`,
    en: (c: string) => `the code ${c} appears twice across the boundary layers`,
  },
  orphan: {
    'zh-CN': (c: string) => `区域 ${c} 不在上一级任何区域内：其编码应以所属区县或镇街的编码开头`,
    en: (c: string) =>
      `the area ${c} lies in no area of the layers above: its code must start with the code of the district or town it belongs to`,
  },
} as const;

/**
 * Check that a layer's areas nest under the layers above: each has a place code, no code
 * repeats, and each code starts with the code of an area above (a town under its district, a
 * grid cell under its town). Returns one fault per problem, pointing at the feature's id.
 */
export function checkNesting(
  features: readonly AreaFeature[],
  above: ReadonlySet<string>,
  file: string,
  lang: AppLang,
): ConfigFault[] {
  const faults: ConfigFault[] = [];
  const own = new Set<string>();
  for (const [i, f] of features.entries()) {
    const code = featureCode(f);
    const fault = (problem: string) => faults.push({ file, path: `/features/${i}/id`, problem });
    if (!code) fault(text.noCode[lang]());
    else if (!isPlaceCode(code)) fault(text.badCode[lang](code));
    else if (above.has(code) || own.has(code)) fault(text.duplicate[lang](code));
    else {
      own.add(code);
      let parent = false;
      for (let n = code.length - 1; n >= 6 && !parent; n--) parent = above.has(code.slice(0, n));
      if (!parent) fault(text.orphan[lang](code));
    }
  }
  return faults;
}

/** A drill layer's files being fetched and read: its config, urls, url faults and file results. */
export interface DrillFiles {
  layers: {
    config: DrillLayerConfig;
    urls: string[];
    urlFaults: ConfigFault[];
    results: Promise<Awaited<ReturnType<typeof loadBoundaryFile>>[]>;
  }[];
}

/**
 * Starts fetching every file of every drill layer at once: they do not depend on each other nor
 * on the districts, only their checks do (checkDrillLayers). Fetched one layer after another,
 * after the district files, they added two round trips to every start.
 */
export function fetchDrillFiles(
  layers: readonly DrillLayerConfig[],
  where: { configUrl: string; pageUrl: string },
  lang: AppLang,
  fetchImpl: typeof fetch = fetch,
): DrillFiles {
  return {
    layers: layers.map((layer, l) => {
      const { urls, faults } = resolveBoundaryUrls(
        { configured: layer.files, ...where, pointer: `/drill/${l}/files` },
        lang,
      );
      const results = Promise.all(urls.map((u) => loadBoundaryFile(u, lang, fetchImpl)));
      return { config: layer, urls, urlFaults: faults, results };
    }),
  };
}

/**
 * The drill layers' files (fetchDrillFiles), each checked like a district file (same origin,
 * GeoJSON areas, rewound for d3) and then to nest under the districts and the layers before it.
 * Any failure comes back as faults, never as a throw.
 */
export async function checkDrillLayers(
  files: DrillFiles,
  districts: readonly AreaFeature[],
  lang: AppLang,
): Promise<DrillResult> {
  const faults: ConfigFault[] = [];
  const above = new Set(districts.map(featureCode));
  const loaded: LoadedDrillLayer[] = [];
  for (const { config, urls, urlFaults, results } of files.layers) {
    faults.push(...urlFaults);
    const features: AreaFeature[] = [];
    const layerCodes = new Set<string>();
    (await results).forEach((r, i) => {
      if (!r.ok) {
        faults.push(...r.faults);
        return;
      }
      const nesting = checkNesting(
        r.features,
        new Set([...above, ...layerCodes]),
        urls[i] ?? '',
        lang,
      );
      faults.push(...nesting);
      if (nesting.length > 0) return;
      for (const f of r.features) layerCodes.add(featureCode(f));
      features.push(...r.features);
    });
    for (const c of layerCodes) above.add(c);
    loaded.push({ config, features });
  }
  return faults.length > 0 ? { ok: false, faults } : { ok: true, layers: loaded };
}

/** Load every drill layer of a config: fetchDrillFiles, then checkDrillLayers. */
export function loadDrillLayers(
  layers: readonly DrillLayerConfig[],
  districts: readonly AreaFeature[],
  where: { configUrl: string; pageUrl: string },
  lang: AppLang,
  fetchImpl: typeof fetch = fetch,
): Promise<DrillResult> {
  return checkDrillLayers(fetchDrillFiles(layers, where, lang, fetchImpl), districts, lang);
}
