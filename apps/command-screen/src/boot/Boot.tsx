import { useEffect, useState } from 'react';
import { adapters } from '../adapters/registry.js';
import type { ScreenConfig } from '../config/schema.js';
import type { ConfigFault } from '../config/validate.js';
import { Screen } from '../Screen.js';
import type { ScreenParams } from '../url/params.js';
import { ConfigErrorScreen } from './ConfigErrorScreen.js';
import { loadScreenConfig } from './load-config.js';

type Loaded =
  | { ok: true; config: ScreenConfig }
  | { ok: false; faults: ConfigFault[]; url: string };

/** Loads and validates the screen config, then shows the screen or the list of faults. */
export function Boot({ params, configUrl }: { params: ScreenParams; configUrl: string }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    loadScreenConfig(configUrl, adapters).then((r) => {
      if (live)
        setLoaded(
          r.ok ? { ok: true, config: r.config } : { ok: false, faults: r.faults, url: r.url },
        );
    });
    return () => {
      live = false;
    };
  }, [configUrl]);
  if (!loaded) return null;
  if (!loaded.ok)
    return (
      <ConfigErrorScreen source={loaded.url} faults={loaded.faults} lang={params.lang ?? 'zh-CN'} />
    );
  return <Screen config={loaded.config} params={params} />;
}
