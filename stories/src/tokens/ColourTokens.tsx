import { type ThemeName, tokens } from '@onescreen/widgets';
import { themeVariables } from './cssRules.js';
import { widgetRules } from './stylesheet.js';
import type { ColourRow } from './TokenTable.js';
import { TokenTable } from './TokenTable.js';

// Named colours of a theme (the series and level colours have rows of their own).
const named = [
  'bg',
  'panel',
  'border',
  'accent',
  'text',
  'muted',
  'grid',
  'good',
  'bad',
  'warn',
] as const;

/** Rows for every colour of `theme` except the level colours (see LevelTokens). */
export function colourRows(theme: ThemeName): ColourRow[] {
  const c = tokens[theme].colors;
  const css = themeVariables(widgetRules, theme);
  return [
    ...named.map((key) => ({
      token: `colors.${key}`,
      variable: `--os-${key}`,
      value: c[key],
      css: css.get(`--os-${key}`),
    })),
    ...c.series.map((value, i) => ({
      token: `colors.series[${i}]`,
      variable: `--os-series-${i + 1}`,
      value,
      css: css.get(`--os-series-${i + 1}`),
    })),
  ];
}

/** Every colour token of both themes, read from tokens.ts and styles.css, with contrast on the panel. */
export function ColourTokens() {
  return (
    <>
      {(['dark', 'light'] as const).map((theme) => (
        <section key={theme} data-theme-table={theme} style={{ marginBottom: 32 }}>
          <h3>
            {theme === 'dark' ? '深色 Dark' : '浅色 Light'} · panel{' '}
            <code>{tokens[theme].colors.panel}</code>
          </h3>
          <TokenTable rows={colourRows(theme)} panel={tokens[theme].colors.panel} />
        </section>
      ))}
    </>
  );
}
