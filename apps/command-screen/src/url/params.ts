import { isScreenPeriod } from '@onescreen/core';

/** A tile's place in a video wall of cols × rows displays, zero-based. */
export interface TileSpec {
  col: number;
  row: number;
  cols: number;
  rows: number;
}

/** What the page URL asks of the screen. */
export interface ScreenParams {
  /** URL of the screen config, or null for the bundled default. */
  screen: string | null;
  /** URL of a playlist of screen configs shown in turn, or null for one screen. */
  playlist: string | null;
  /** Base URL the config's feed URLs resolve against, or null for the app's own origin. */
  feeds: string | null;
  /** Language override, or null to use the config's. */
  lang: 'zh-CN' | 'en' | null;
  /** Theme override, or null to use the config's. */
  theme: 'dark' | 'light' | null;
  /** Unattended wall mode: no controls, hidden cursor, stray keys ignored. */
  kiosk: boolean;
  /** This display's share of a larger wall, or null for the whole design. */
  tile: TileSpec | null;
  /** The period to open on ('2021', '2022-Q2', '2022-06'), or null for the config's. */
  period: string | null;
  /** Parameters that were present but unusable, each with the reason. */
  problems: string[];
}

const LANGS: readonly string[] = ['zh-CN', 'en'];

function pair(value: string): [number, number] | null {
  const m = /^\s*(\d{1,3})\s*[,x×]\s*(\d{1,3})\s*$/.exec(value);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** Read the screen's URL parameters; a bad value is reported and ignored, never fatal. */
export function parseScreenParams(search: string): ScreenParams {
  const q = new URLSearchParams(search);
  const problems: string[] = [];
  const lang = q.get('lang');
  const theme = q.get('theme');
  const kiosk = q.get('kiosk');
  const out: ScreenParams = {
    screen: q.get('screen') || null,
    playlist: q.get('playlist') || null,
    feeds: q.get('feeds') || null,
    lang: null,
    theme: null,
    kiosk: kiosk !== null && kiosk !== '0' && kiosk !== 'false',
    tile: null,
    period: null,
    problems,
  };
  if (out.playlist && out.screen) {
    problems.push('screen= is ignored: playlist= names the screens');
    out.screen = null;
  }
  const period = q.get('period');
  if (period !== null) {
    if (isScreenPeriod(period)) out.period = period;
    else
      problems.push(
        `period=${period}: use a year, quarter or month such as 2022, 2022-Q2 or 2022-06`,
      );
  }
  if (lang !== null) {
    if (LANGS.includes(lang)) out.lang = lang as 'zh-CN' | 'en';
    else if (/^zh/i.test(lang)) out.lang = 'zh-CN';
    else problems.push(`lang=${lang}: use zh-CN or en`);
  }
  if (theme !== null) {
    if (theme === 'dark' || theme === 'light') out.theme = theme;
    else problems.push(`theme=${theme}: use dark or light`);
  }
  const tile = q.get('tile');
  const tiles = q.get('tiles');
  if (tile !== null || tiles !== null) {
    const at = tile === null ? null : pair(tile);
    const of = tiles === null ? null : pair(tiles);
    if (!at || !of) problems.push('tile and tiles must both be given as c,r and C,R');
    else if (of[0] < 1 || of[1] < 1) problems.push(`tiles=${tiles}: needs at least 1,1`);
    else if (at[0] >= of[0] || at[1] >= of[1]) {
      problems.push(`tile=${tile} lies outside tiles=${tiles} (tiles count from 0)`);
    } else out.tile = { col: at[0], row: at[1], cols: of[0], rows: of[1] };
  }
  return out;
}
