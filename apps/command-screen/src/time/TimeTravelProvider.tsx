import { useOnescreenStore } from '@onescreen/core/react';
import type { ReactNode } from 'react';
import type { ScreenConfig } from '../config/schema.js';
import { usePlaybackKeys } from './usePlaybackKeys.js';
import { TimeTravelContext, useTimeTravel } from './useTimeTravel.js';

/** Runs the screen's time travel (span, playback, keys) and hands it to the period control. */
export function TimeTravelProvider({
  config,
  kiosk,
  children,
}: {
  config: ScreenConfig;
  kiosk: boolean;
  children: ReactNode;
}) {
  const store = useOnescreenStore();
  const time = useTimeTravel(config, kiosk, store);
  usePlaybackKeys(time);
  return <TimeTravelContext.Provider value={time}>{children}</TimeTravelContext.Provider>;
}
