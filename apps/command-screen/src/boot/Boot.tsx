import type { AreaFeature } from '@onescreen/geo';
import { useEffect, useState } from 'react';
import { adapters } from '../adapters/registry.js';
import { loadBoundaries } from '../boundaries/load-boundaries.js';
import type { ScreenConfig } from '../config/schema.js';
import type { ConfigFault } from '../config/validate.js';
import type { AppLang } from '../i18n/text.js';
import { Screen } from '../Screen.js';
import type { ScreenParams } from '../url/params.js';
import { ConfigErrorScreen } from './ConfigErrorScreen.js';
import { loadScreenConfig } from './load-config.js';

type Loaded =
  | { ok: true; config: ScreenConfig; boundaries: AreaFeature[] }
  | { ok: false; faults: ConfigFault[]; url: string; lang: AppLang };

/**
 * Loads and validates the screen config and its boundary files, then shows the screen or the
 * list of faults. Boundaries are checked before the screen starts so a bad polygon file is named
 * on the error screen instead of leaving an empty map.
 */
export function Boot({ params, configUrl }: { params: ScreenParams; configUrl: string }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    const load = async (): Promise<Loaded> => {
      const r = await loadScreenConfig(configUrl, adapters);
      if (!r.ok) return { ok: false, faults: r.faults, url: r.url, lang: params.lang ?? 'zh-CN' };
      const lang = params.lang ?? r.config.language;
      const b = await loadBoundaries(
        { configured: r.config.boundaries, configUrl: r.url, pageUrl: location.href },
        lang,
      );
      if (!b.ok) return { ok: false, faults: b.faults, url: r.url, lang };
      return { ok: true, config: r.config, boundaries: b.features };
    };
    load().then((next) => {
      if (live) setLoaded(next);
    });
    return () => {
      live = false;
    };
  }, [configUrl, params.lang]);
  if (!loaded) return null;
  if (!loaded.ok)
    return <ConfigErrorScreen source={loaded.url} faults={loaded.faults} lang={loaded.lang} />;
  return <Screen config={loaded.config} params={params} boundaries={loaded.boundaries} />;
}
