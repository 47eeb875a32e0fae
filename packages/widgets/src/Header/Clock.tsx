import { clockParts } from '@onescreen/core';
import { guardWidget } from '../frame/guardWidget.js';
import { useLang, useT } from '../i18n/context.js';
import { useNow } from '../screen/useNow.js';

/** Props of Clock. */
export interface ClockProps {
  /** A fixed instant (epoch ms) instead of the live time: for stories, screenshots and replays. */
  now?: number;
}

/** Date, weekday and time in Asia/Shanghai, ticking each second on the shared clock. */
export const Clock = guardWidget('Clock', function Clock({ now }: ClockProps) {
  const live = useNow(1000);
  const lang = useLang();
  const t = useT();
  const at = now ?? live;
  const c = clockParts(at, lang);
  return (
    // role=timer: a live region that screen readers do not announce on every tick.
    <time
      className="os-clock"
      dateTime={new Date(at).toISOString()}
      data-widget="Clock"
      data-state="ready"
      role="timer"
      aria-label={`${t('clock.label')} ${c.date} ${c.weekday} ${c.time}`}
    >
      <span>{c.date}</span>
      <span className="os-clock__weekday">{c.weekday}</span>
      <span>{c.time}</span>
    </time>
  );
});
