import { useEffect, useState } from 'react';
import { Screen } from '../Screen.js';
import type { ScreenParams } from '../url/params.js';
import { ConfigErrorScreen } from './ConfigErrorScreen.js';
import type { ConfigDocument } from './load-config.js';
import { type LoadedScreen, prepareScreen } from './load-screen.js';

/** Props of ScreenFromConfig. */
export interface ScreenFromConfigProps {
  /** The screen config as read (its JSON, unchecked), or the faults of reading it, and its URL. */
  doc: ConfigDocument;
  /** What the page URL asks (language, feeds base, kiosk, tile, period …). */
  params: ScreenParams;
}

/**
 * A screen config to a running screen, or to the list of its faults (prepareScreen checks the
 * document, its boundaries and drill layers). The one renderer of the app and of Storybook's
 * playground.
 */
export function ScreenFromConfig({ doc, params }: ScreenFromConfigProps) {
  const [loaded, setLoaded] = useState<LoadedScreen | null>(null);
  useEffect(() => {
    let live = true;
    setLoaded(null);
    prepareScreen(doc, params.lang).then((next) => {
      if (live) setLoaded(next);
    });
    return () => {
      live = false;
    };
  }, [doc, params.lang]);
  return loaded && <LoadedScreenView loaded={loaded} params={params} />;
}

/** A prepared screen running, or the error screen listing why it cannot. */
export function LoadedScreenView({
  loaded,
  params,
}: {
  loaded: LoadedScreen;
  params: ScreenParams;
}) {
  if (!loaded.ok)
    return <ConfigErrorScreen source={loaded.url} faults={loaded.faults} lang={loaded.lang} />;
  return (
    <Screen
      config={loaded.config}
      params={params}
      boundaries={loaded.boundaries}
      drill={loaded.drill}
    />
  );
}
