import { rotationAt } from '@onescreen/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ConfigErrorScreen } from '../boot/ConfigErrorScreen.js';
import { loadScreen } from '../boot/load-screen.js';
import { Screen } from '../Screen.js';
import type { ScreenParams } from '../url/params.js';
import { dwellsOf, type LoadedPlaylist, loadPlaylist } from './load-playlist.js';

/**
 * `?playlist=`: loads the playlist and every screen it names, then shows them in turn; a
 * fault anywhere shows the config error screen naming the file.
 */
export function PlaylistBoot({
  params,
  playlistUrl,
}: {
  params: ScreenParams;
  playlistUrl: string;
}) {
  const [loaded, setLoaded] = useState<LoadedPlaylist | null>(null);
  useEffect(() => {
    let live = true;
    loadPlaylist(playlistUrl, (url) => loadScreen(url, params.lang)).then((next) => {
      if (live) setLoaded(next);
    });
    return () => {
      live = false;
    };
  }, [playlistUrl, params.lang]);
  if (!loaded) return null;
  if (!loaded.ok)
    return (
      <ConfigErrorScreen source={loaded.url} faults={loaded.faults} lang={params.lang ?? 'zh-CN'} />
    );
  return <PlaylistRunner loaded={loaded} params={params} />;
}

/** A hold an alert put on the rotation: the screen it keeps, until when (ms). */
interface Hold {
  index: number;
  until: number;
}

/**
 * Shows the playlist's screen of the moment: `rotationAt` over the screens' durations from the
 * playlist's epoch, so every tile shows the same screen and turns at the same instant. While a
 * fresh alert on the screen shown holds it (and `holdOnAlerts`), the rotation waits; then it
 * rejoins the wall clock. `html[data-playlist-index]` and `[data-playlist-until]` say where it is.
 */
function PlaylistRunner({
  loaded,
  params,
}: {
  loaded: LoadedPlaylist & { ok: true };
  params: ScreenParams;
}) {
  const { playlist, screens } = loaded;
  const dwells = useMemo(() => dwellsOf(playlist), [playlist]);
  const epoch = Date.parse(playlist.epoch);
  const [now, setNow] = useState(() => Date.now());
  const [hold, setHold] = useState<Hold | null>(null);
  const wall = rotationAt(now, dwells, epoch);
  const held = playlist.holdOnAlerts && hold !== null && hold.until > now ? hold : null;
  const index = held ? held.index : wall.index;
  const until = held ? held.until : wall.endsAt;

  useEffect(() => {
    // Wake at the next change (the slot's end, or the hold's), re-reading the clock then.
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, until - Date.now()) + 5);
    return () => clearTimeout(timer);
  }, [until]);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.playlistIndex = String(index);
    root.dataset.playlistUntil = String(until);
    if (held) root.dataset.playlistHeld = 'true';
    else delete root.dataset.playlistHeld;
  }, [index, until, held]);
  useEffect(
    () => () => {
      const root = document.documentElement;
      delete root.dataset.playlistIndex;
      delete root.dataset.playlistUntil;
      delete root.dataset.playlistHeld;
    },
    [],
  );

  const onAlertHold = useCallback(
    (until: number | null) =>
      setHold((h) => (until === null ? (h?.index === index ? null : h) : { index, until })),
    [index],
  );
  const screen = screens[index] ?? screens[0];
  if (!screen) return null;
  return (
    <Screen
      key={index}
      config={screen.config}
      params={params}
      boundaries={screen.boundaries}
      drill={screen.drill}
      onAlertHold={onAlertHold}
    />
  );
}
