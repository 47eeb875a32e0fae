import { formatPeriod, monthsIn } from '@onescreen/core';
import type { AppLang } from '../i18n/text.js';
import { tr } from '../i18n/text.js';

/** Props of Scrubber. */
export interface ScrubberProps {
  /** Every month of the history, oldest first. */
  months: readonly string[];
  /** The screen period on show (its months are highlighted). */
  period: string | undefined;
  /** Seek to a month; omitted in kiosk mode, where the scrubber only shows. */
  onSeek?: ((month: string) => void) | undefined;
  /** Screen language. */
  lang: AppLang;
}

/**
 * Where the screen is in its history: a track of every month with a tick each January, the
 * months of the period on show lit. An operator drags or arrows it (a range input); a kiosk
 * wall only shows it.
 */
export function Scrubber({ months, period, onSeek, lang }: ScrubberProps) {
  const n = months.length;
  if (n === 0) return null;
  const shown = period ? monthsIn(period) : [];
  const firstIn = months.indexOf(shown[0] ?? '');
  const lastIn = months.indexOf(shown[shown.length - 1] ?? '');
  const from = firstIn < 0 ? (lastIn < 0 ? -1 : 0) : firstIn;
  const to = lastIn < 0 ? (firstIn < 0 ? -1 : n - 1) : lastIn;
  const at = (i: number) => `${(i / n) * 100}%`;
  return (
    <div className="cs-scrubber" data-from={months[0]} data-to={months[n - 1]}>
      <div className="cs-scrubber__track" aria-hidden="true">
        {from >= 0 && (
          <span
            className="cs-scrubber__lit"
            style={{ left: at(from), width: `${((to - from + 1) / n) * 100}%` }}
          />
        )}
        {months.map((m, i) =>
          m.endsWith('-01') ? (
            <span key={m} className="cs-scrubber__tick" style={{ left: at(i) }}>
              <span className="cs-scrubber__year os-num">{m.slice(0, 4)}</span>
            </span>
          ) : null,
        )}
      </div>
      {onSeek && (
        <input
          type="range"
          className="cs-scrubber__input"
          min={0}
          max={n - 1}
          step={1}
          value={Math.max(0, to)}
          aria-label={tr(lang, 'historyScrubber')}
          aria-valuetext={to >= 0 ? formatPeriod(months[to] ?? '', lang) : ''}
          onChange={(event) => {
            const month = months[Number(event.currentTarget.value)];
            if (month) onSeek(month);
          }}
          onClick={(event) => event.stopPropagation()}
        />
      )}
    </div>
  );
}
