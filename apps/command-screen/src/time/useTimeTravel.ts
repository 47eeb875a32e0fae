import {
  carouselIndexAt,
  monthsBetween,
  monthsIn,
  msUntilNextStep,
  type OnescreenStore,
  type PeriodSpan,
  periodAs,
  periodUnit,
  playbackStepAt,
  type ScreenUnit,
  stepWithin,
} from '@onescreen/core';
import { useOnescreen } from '@onescreen/core/react';
import {
  createContext,
  useCallback,
  useContext,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { bindingsOf } from '../config/bindings-of.js';
import type { ScreenConfig } from '../config/schema.js';
import { workerSpan } from '../model/worker-views.js';
import { spanReader } from './span-reader.js';

/** Where playback stands: off, played by an operator from a start, or looping with the clock. */
export type PlayState =
  | { mode: 'off' }
  | { mode: 'playing'; startedAt: number; from: number }
  | { mode: 'looping' };

/** The screen's time travel: the data's span, the period, playback and what may change them. */
export interface TimeTravel {
  /** The months the bound data covers, or null before any feed has arrived. */
  span: PeriodSpan | null;
  /** Every month of the span, oldest first: playback's steps and the scrubber's marks. */
  months: readonly string[];
  /** The screen period, or undefined for the latest in each widget's data. */
  period: string | undefined;
  /** The period's unit (a screen without a period counts as showing years). */
  unit: ScreenUnit;
  /** Playback's state. */
  play: PlayState;
  /** Whether an operator may change the period (false in kiosk mode). */
  interactive: boolean;
  /** Whether the control shows at all (kiosk mode shows it only for a looping playback). */
  visible: boolean;
  /** Show this period (stops a playback). */
  setPeriod(period: string): void;
  /** Show the period of another unit that stands for the current one. */
  setUnit(unit: ScreenUnit): void;
  /** Step `by` periods of the current unit, inside the span. */
  step(by: number): void;
  /** Play from the current month (or loop, when the config asks), or pause. */
  toggle(): void;
}

/** Time travel of the running screen. */
export const TimeTravelContext = createContext<TimeTravel | null>(null);

/** The running screen's time travel; throws outside a screen. */
export function useTimeTravelContext(): TimeTravel {
  const t = useContext(TimeTravelContext);
  if (!t) throw new Error('useTimeTravelContext outside a screen');
  return t;
}

/**
 * The screen's time travel. The span comes from the feeds the bindings that follow the screen
 * period read (their months, on the date field each filters on), so a feed with a longer
 * history lengthens it. Playback sets the store's period to one month after another; looping
 * playback is a function of the wall clock (like the carousel), so every tile of a wall shows
 * the same month at the same moment. Kiosk mode never plays unless the config loops.
 */
export function useTimeTravel(
  config: ScreenConfig,
  kiosk: boolean,
  store: OnescreenStore,
): TimeTravel {
  // The feed worker sends each value's span with its views (binding-deriver): no scan here then.
  const readSpan = useMemo(
    () =>
      spanReader(
        bindingsOf(config).map((b) => b.bind),
        workerSpan,
      ),
    [config],
  );
  // Deferred, like the bindings: a new feed value is scanned in a background render.
  const feeds = useDeferredValue(useOnescreen((s) => s.feeds));
  const period = useOnescreen((s) => s.period);
  const found = useMemo(() => readSpan((name) => feeds[name]?.value), [readSpan, feeds]);
  // A new feed document with the same months keeps the same span object (no re-render chain).
  const first = found?.first;
  const last = found?.last;
  const span = useMemo(() => (first && last ? { first, last } : null), [first, last]);
  const months = useMemo(() => (span ? monthsBetween(span.first, span.last) : []), [span]);
  const playback = config.period?.playback;
  const loops = playback?.loop === true;
  const stepMs = (playback?.stepSeconds ?? 2) * 1000;
  const epochMs = Date.parse(config.carousel.epoch);
  const [play, setPlay] = useState<PlayState>(() =>
    loops ? { mode: 'looping' } : { mode: 'off' },
  );
  const interactive = !kiosk;
  const unit = (periodUnit(period ?? '') as ScreenUnit | undefined) ?? 'year';

  useEffect(() => {
    if (play.mode === 'off' || months.length === 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const now = Date.now();
      let index: number;
      let wait: number;
      if (play.mode === 'looping') {
        index = carouselIndexAt(now, stepMs, months.length, epochMs);
        wait = msUntilNextStep(now, stepMs, epochMs);
      } else {
        const at = playbackStepAt(now, play, stepMs, months.length);
        index = at.index;
        wait = msUntilNextStep(now, stepMs, play.startedAt);
        if (at.done) {
          store.getState().selectPeriod(months[index]);
          // Hold on the last month: the operator's play is over.
          setPlay({ mode: 'off' });
          return;
        }
      }
      const month = months[index];
      if (month && store.getState().period !== month) store.getState().selectPeriod(month);
      timer = setTimeout(tick, Math.max(16, wait));
    };
    tick();
    return () => clearTimeout(timer);
  }, [play, months, stepMs, epochMs, store]);

  useEffect(() => {
    // <html data-playback> says whether the screen is playing its history, for monitoring.
    const root = document.documentElement;
    if (play.mode === 'off') delete root.dataset.playback;
    else root.dataset.playback = play.mode;
    return () => {
      delete root.dataset.playback;
    };
  }, [play.mode]);

  const setPeriod = useCallback(
    (next: string) => {
      setPlay({ mode: 'off' });
      store.getState().selectPeriod(next);
    },
    [store],
  );
  const setUnit = useCallback(
    (next: ScreenUnit) => {
      if (!span) return;
      setPeriod(periodAs(store.getState().period ?? span.last, next, span));
    },
    [span, store, setPeriod],
  );
  const step = useCallback(
    (by: number) => {
      if (!span) return;
      const current = store.getState().period ?? periodAs(span.last, 'year', span);
      const next = stepWithin(current, by, span);
      if (next) setPeriod(next);
    },
    [span, store, setPeriod],
  );
  const toggle = useCallback(() => {
    if (play.mode !== 'off') {
      setPlay({ mode: 'off' });
      return;
    }
    if (months.length === 0) return;
    if (loops) {
      setPlay({ mode: 'looping' });
      return;
    }
    // Play from the first month of what is on show; from the start when that is the end.
    const current = store.getState().period;
    let from = current ? months.indexOf(monthsIn(current)[0] ?? '') : -1;
    if (from < 0 || from >= months.length - 1) from = 0;
    setPlay({ mode: 'playing', startedAt: Date.now(), from });
  }, [play.mode, months, loops, store]);

  return useMemo(
    () => ({
      span,
      months,
      period,
      unit,
      play,
      interactive,
      visible: !kiosk || loops,
      setPeriod,
      setUnit,
      step,
      toggle,
    }),
    [span, months, period, unit, play, interactive, kiosk, loops, setPeriod, setUnit, step, toggle],
  );
}
