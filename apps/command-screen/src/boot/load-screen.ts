import type { AreaFeature } from '@onescreen/geo';
import { loadBoundaries } from '../boundaries/load-boundaries.js';
import {
  checkDrillLayers,
  fetchDrillFiles,
  type LoadedDrillLayer,
} from '../boundaries/load-drill.js';
import type { ScreenConfig } from '../config/schema.js';
import type { ConfigFault } from '../config/validate.js';
import type { AppLang } from '../i18n/text.js';
import { type ConfigDocument, fetchConfigDocument } from './load-config.js';

/**
 * The config's validator (its zod schema and the checks beside it), loaded as a chunk of its own
 * the first time a config is checked. Built into the page's script, the schema was constructed
 * while that script ran at start, the longest task before the screen could render.
 */
const loadValidator = () => import('../config/validate.js');

/** A screen ready to show (its config, boundaries and drill layers), or every fault that stops it. */
export type LoadedScreen =
  | {
      ok: true;
      config: ScreenConfig;
      boundaries: AreaFeature[];
      drill: LoadedDrillLayer[];
      url: string;
    }
  | { ok: false; faults: ConfigFault[]; url: string; lang: AppLang };

/**
 * A config document to a screen ready to start: validated, its boundary files and drill layers
 * loaded and checked, so a bad polygon file is named on the error screen instead of leaving an
 * empty map. Never throws; `lang` (the URL's) words the faults, else the config's language.
 * `url` is where the document came from (its files resolve against it).
 */
export async function prepareScreen(
  doc: ConfigDocument,
  lang: AppLang | null,
): Promise<LoadedScreen> {
  const { url } = doc;
  if (!doc.ok) return { ok: false, faults: doc.faults, url, lang: lang ?? 'zh-CN' };
  const { validateScreenConfig } = await loadValidator();
  const r = validateScreenConfig(doc.value);
  if (!r.ok) return { ok: false, faults: r.faults, url, lang: lang ?? 'zh-CN' };
  const words = lang ?? r.config.language;
  const where = { configUrl: new URL(url, location.href).href, pageUrl: location.href };
  // The drill layers' files are fetched with the districts'; only their checks wait for them.
  const drillFiles = fetchDrillFiles(r.config.drill ?? [], where, words);
  const b = await loadBoundaries({ configured: r.config.boundaries, ...where }, words);
  if (!b.ok) return { ok: false, faults: b.faults, url, lang: words };
  const d = await checkDrillLayers(drillFiles, b.features, words);
  if (!d.ok) return { ok: false, faults: d.faults, url, lang: words };
  return { ok: true, config: r.config, boundaries: b.features, drill: d.layers, url };
}

/** Fetch a screen config and prepare it (the playlist loads each of its screens this way). */
export async function loadScreen(configUrl: string, lang: AppLang | null): Promise<LoadedScreen> {
  // The validator's chunk loads while the config does, not after it.
  void loadValidator();
  return prepareScreen(await fetchConfigDocument(configUrl), lang);
}
