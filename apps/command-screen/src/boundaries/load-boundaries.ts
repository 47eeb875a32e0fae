import { type AreaFeature, type GeoIssue, validateAreas } from '@onescreen/geo';
import type { ConfigFault } from '../config/validate.js';
import type { AppLang } from '../i18n/text.js';

/** The boundary files shipped with the app (data/geo → dist/geo), relative to the page. */
export const BUNDLED_BOUNDARIES: readonly string[] = [
  'geo/hangzhou.geojson',
  'geo/jiaxing.geojson',
];

/** Where the boundary files are: the config's own list resolved against the config, or the bundled files. */
export interface BoundarySources {
  /** `boundaries` from the config, or undefined for the bundled files. */
  configured: readonly string[] | undefined;
  /** Absolute URL the config was loaded from: configured files resolve against it. */
  configUrl: string;
  /** Absolute URL of the page: the bundled files resolve against it. */
  pageUrl: string;
  /** JSON pointer of the file list in the config, for faults (default /boundaries). */
  pointer?: string;
}

/** Outcome of loading every boundary file: the merged, normalised features, or every fault. */
export type BoundariesResult =
  | { ok: true; features: AreaFeature[] }
  | { ok: false; faults: ConfigFault[] };

/** Fault text that is not a validateAreas issue, in both screen languages. */
const text = {
  crossOrigin: {
    'zh-CN': (o: string) => `边界文件必须与大屏同源（${o}），不能从其他网站加载`,
    en: (o: string) => `boundary files must come from the screen's own origin (${o})`,
  },
  badUrl: {
    'zh-CN': () => '不是有效的网址',
    en: () => 'not a valid URL',
  },
  http: {
    'zh-CN': (s: string) => `无法获取边界文件：HTTP ${s}`,
    en: (s: string) => `could not fetch the boundary file: HTTP ${s}`,
  },
  html: {
    'zh-CN': () => '此地址没有边界文件：服务器返回了 HTML 页面',
    en: () => 'no boundary file here: the server answered with an HTML page',
  },
  network: {
    'zh-CN': (m: string) => `无法获取边界文件：${m}`,
    en: (m: string) => `could not fetch the boundary file: ${m}`,
  },
  notJson: {
    'zh-CN': (m: string) => `边界文件不是有效的 JSON：${m}`,
    en: (m: string) => `the boundary file is not JSON: ${m}`,
  },
} as const;

/** Absolute URLs of the boundary files, with a fault for each one that is unusable. */
export function resolveBoundaryUrls(
  sources: BoundarySources,
  lang: AppLang,
): { urls: string[]; faults: ConfigFault[] } {
  const { configured, configUrl, pageUrl, pointer = '/boundaries' } = sources;
  const origin = new URL(pageUrl).origin;
  const urls: string[] = [];
  const faults: ConfigFault[] = [];
  if (!configured) {
    return { urls: BUNDLED_BOUNDARIES.map((u) => new URL(u, pageUrl).href), faults };
  }
  configured.forEach((raw, i) => {
    let url: URL;
    try {
      url = new URL(raw, configUrl);
    } catch {
      faults.push({ path: `${pointer}/${i}`, problem: text.badUrl[lang](), file: raw });
      return;
    }
    // The screen runs offline from its own origin; a boundary file elsewhere would break that.
    if (url.origin !== origin) {
      faults.push({ path: `${pointer}/${i}`, problem: text.crossOrigin[lang](origin), file: raw });
      return;
    }
    urls.push(url.href);
  });
  return { urls, faults };
}

/** A validateAreas issue as a fault of one boundary file, in the screen's language. */
export function issueFault(file: string, issue: GeoIssue, lang: AppLang): ConfigFault {
  return { file, path: issue.pointer, problem: lang === 'zh-CN' ? issue.messageZh : issue.message };
}

/** Fetch one boundary file and validate it; any failure comes back as faults, never as a throw. */
export async function loadBoundaryFile(
  url: string,
  lang: AppLang,
  fetchImpl: typeof fetch = fetch,
): Promise<BoundariesResult> {
  const fail = (problem: string): BoundariesResult => ({
    ok: false,
    faults: [{ file: url, path: '', problem }],
  });
  let body: string;
  try {
    const response = await fetchImpl(url);
    if (!response.ok) return fail(text.http[lang](`${response.status} ${response.statusText}`));
    // A single-page fallback answers a missing file with index.html and status 200.
    if ((response.headers.get('content-type') ?? '').includes('text/html')) {
      return fail(text.html[lang]());
    }
    body = await response.text();
  } catch (error) {
    return fail(text.network[lang](error instanceof Error ? error.message : String(error)));
  }
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (error) {
    return fail(text.notJson[lang](error instanceof Error ? error.message : String(error)));
  }
  // The map projects with d3, which wants exteriors clockwise: validateAreas rewinds to that.
  const checked = validateAreas(doc, 'd3');
  if (!checked.ok)
    return { ok: false, faults: checked.issues.map((i) => issueFault(url, i, lang)) };
  return { ok: true, features: checked.value.features };
}

/** Load every boundary file of a config: the merged features, or the faults of every file. */
export async function loadBoundaries(
  sources: BoundarySources,
  lang: AppLang,
  fetchImpl: typeof fetch = fetch,
): Promise<BoundariesResult> {
  const { urls, faults } = resolveBoundaryUrls(sources, lang);
  const results = await Promise.all(urls.map((u) => loadBoundaryFile(u, lang, fetchImpl)));
  const features: AreaFeature[] = [];
  for (const r of results) {
    if (r.ok) features.push(...r.features);
    else faults.push(...r.faults);
  }
  return faults.length > 0 ? { ok: false, faults } : { ok: true, features };
}
