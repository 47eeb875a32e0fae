import { formatPeriod, type ScreenUnit, stepWithin } from '@onescreen/core';
import type { MouseEvent } from 'react';
import { type AppTextKey, tr } from '../i18n/text.js';
import { useScreenApp } from '../screen-context.js';
import { Scrubber } from './Scrubber.js';
import { useTimeTravelContext } from './useTimeTravel.js';

const UNITS: { unit: ScreenUnit; key: AppTextKey }[] = [
  { unit: 'year', key: 'unitYear' },
  { unit: 'quarter', key: 'unitQuarter' },
  { unit: 'month', key: 'unitMonth' },
];

/** Clicks on the control are not clicks on the screen's background (which clears the selection). */
const own = (event: MouseEvent) => event.stopPropagation();

/**
 * The header's period control: the period on show, its unit (year, quarter, month), previous
 * and next, play / pause of the month-by-month history, and the scrubber. Kiosk mode hides it,
 * unless the config loops the playback: then the wall shows where it is, with no controls.
 */
export function PeriodControl() {
  const { lang } = useScreenApp();
  const time = useTimeTravelContext();
  const { span, months, period, unit, play, interactive } = time;
  if (!time.visible) return null;
  const label = period ? formatPeriod(period, lang) : '—';
  const playing = play.mode !== 'off';
  const canStep = (by: number) => Boolean(span && period && stepWithin(period, by, span));
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: only keeps clicks on the control from reaching the background, which clears the selection; every control inside is a button
    <fieldset className="cs-period" data-period={period ?? ''} data-play={play.mode} onClick={own}>
      <legend className="os-sr-only">{tr(lang, 'periodControl')}</legend>
      <div className="cs-period__row">
        {interactive && span && (
          <div className="cs-period__units" role="toolbar" aria-label={tr(lang, 'periodUnits')}>
            {UNITS.map(({ unit: u, key }) => (
              <button
                key={u}
                type="button"
                aria-pressed={unit === u}
                className="os-button"
                data-unit={u}
                onClick={() => time.setUnit(u)}
              >
                {tr(lang, key)}
              </button>
            ))}
          </div>
        )}
        {interactive && span && (
          <button
            type="button"
            className="os-button cs-period__step"
            data-step="-1"
            aria-label={tr(lang, 'periodPrevious')}
            title={tr(lang, 'periodPrevious')}
            disabled={!canStep(-1)}
            onClick={() => time.step(-1)}
          >
            ‹
          </button>
        )}
        <span
          className="cs-period__label os-num"
          data-playing={playing || undefined}
          aria-live={playing ? 'off' : 'polite'}
        >
          {playing && <span className="cs-period__badge">{tr(lang, 'playingBack')}</span>}
          {label}
        </span>
        {interactive && span && (
          <button
            type="button"
            className="os-button cs-period__step"
            data-step="1"
            aria-label={tr(lang, 'periodNext')}
            title={tr(lang, 'periodNext')}
            disabled={!canStep(1)}
            onClick={() => time.step(1)}
          >
            ›
          </button>
        )}
        {interactive && months.length > 1 && (
          <button
            type="button"
            className="os-button cs-period__play"
            data-action="play"
            aria-pressed={playing}
            aria-label={tr(lang, playing ? 'pauseHistory' : 'playHistory')}
            title={tr(lang, playing ? 'pauseHistory' : 'playHistory')}
            onClick={time.toggle}
          >
            {playing ? '❚❚' : '▶'}
          </button>
        )}
      </div>
      <Scrubber
        months={months}
        period={period}
        lang={lang}
        onSeek={interactive ? time.setPeriod : undefined}
      />
    </fieldset>
  );
}
