import { type LevelColors, type ThemeName, tokens } from '@onescreen/widgets';
import { themeVariables } from './cssRules.js';
import { widgetRules } from './stylesheet.js';
import { TokenTable } from './TokenTable.js';

/** What each level means on every screen; the same words as the JSDoc of LevelColors. */
const meanings: Record<keyof LevelColors, { 'zh-CN': string; en: string }> = {
  green: { 'zh-CN': '绿灯：按时、正常，无需处理', en: 'Green: on time, normal; nothing to do' },
  yellow: { 'zh-CN': '黄灯：临期或进度滞后，需关注', en: 'Yellow: due soon or slipping; watch it' },
  red: { 'zh-CN': '红灯：超期或越限，立即处置', en: 'Red: overdue or out of bounds; act now' },
  notice: { 'zh-CN': '提示：告知类告警，暂不需处置', en: 'Notice: for information; no action yet' },
  warning: { 'zh-CN': '预警：需尽快关注的告警', en: 'Warning: needs attention soon' },
  critical: { 'zh-CN': '告警：需立即处置的告警', en: 'Critical: needs action now' },
};

/** The level colours of `theme` with their meaning and contrast on the panel. */
export function LevelTable({ theme }: { theme: ThemeName }) {
  const c = tokens[theme].colors;
  const css = themeVariables(widgetRules, theme);
  const rows = (Object.keys(meanings) as (keyof LevelColors)[]).map((level) => ({
    token: `colors.level.${level}`,
    variable: `--os-level-${level}`,
    value: c.level[level],
    css: css.get(`--os-level-${level}`),
    meaning: (
      <>
        <span lang="zh-CN">{meanings[level]['zh-CN']}</span>
        <br />
        <span lang="en">{meanings[level].en}</span>
      </>
    ),
  }));
  return <TokenTable rows={rows} panel={c.panel} />;
}

/** Level colours of both themes. */
export function LevelTokens() {
  return (
    <>
      {(['dark', 'light'] as const).map((theme) => (
        <section key={theme} data-theme-table={theme} style={{ marginBottom: 32 }}>
          <h3>{theme === 'dark' ? '深色 Dark' : '浅色 Light'}</h3>
          <LevelTable theme={theme} />
        </section>
      ))}
    </>
  );
}
