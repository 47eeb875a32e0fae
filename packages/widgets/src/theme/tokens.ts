/** The two screen themes; dark is the default for a control room. */
export type ThemeName = 'dark' | 'light';

/** Colours of graded levels: supervision lights (红黄绿) and alert levels. */
export interface LevelColors {
  /** 绿灯: on time, normal; nothing to do. */
  green: string;
  /** 黄灯: due soon or slipping; watch it. */
  yellow: string;
  /** 红灯: overdue or out of bounds; act now. */
  red: string;
  /** 提示 notice: an alert for information; no action needed yet. */
  notice: string;
  /** 预警 warning: an alert that needs attention soon. */
  warning: string;
  /** 告警 critical: an alert that needs action now. */
  critical: string;
}

/** Design tokens of one theme; styles.css carries the same values as `--os-*` variables. */
export interface ThemeTokens {
  colors: {
    /** Page ground. */
    bg: string;
    /** Panel fill, a shade lighter than the ground. */
    panel: string;
    /** Thin luminous panel border. */
    border: string;
    /** The one structural hue (cyan). */
    accent: string;
    /** Body text. */
    text: string;
    /** Secondary text: units, periods, axis labels. */
    muted: string;
    /** Axis and split lines. */
    grid: string;
    /** Better (configurable per indicator). */
    good: string;
    /** Worse. */
    bad: string;
    /** Needs attention. */
    warn: string;
    /** Categorical palette for series; avoids the meaning colours. */
    series: string[];
    /** Level colours: each level means one thing in every widget that shows levels. */
    level: LevelColors;
  };
  fonts: {
    /** Text face (bundled Noto Sans SC first). */
    text: string;
    /** Tabular face for numbers (bundled Barlow first). */
    number: string;
  };
}

const fonts = {
  text: '"Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif',
  number: '"Barlow", "Noto Sans SC", sans-serif',
};

/** Token values per theme. */
export const tokens: Record<ThemeName, ThemeTokens> = {
  dark: {
    colors: {
      bg: '#04122b',
      panel: '#0a1d3f',
      border: '#1f6fa8',
      accent: '#3fd0ff',
      text: '#e6f1ff',
      muted: '#93a9c9',
      grid: '#1d3557',
      good: '#3ddc97',
      bad: '#ff6b6b',
      warn: '#ffb547',
      series: [
        '#3fd0ff',
        '#6f8dff',
        '#b79bff',
        '#2ec4b6',
        '#f4d35e',
        '#ff9f80',
        '#8ecae6',
        '#d7a8ff',
      ],
      level: {
        green: '#3ddc97',
        yellow: '#ffb547',
        red: '#ff6b6b',
        notice: '#6f8dff',
        warning: '#ffb547',
        critical: '#ff6b6b',
      },
    },
    fonts,
  },
  light: {
    colors: {
      bg: '#eef3f9',
      panel: '#ffffff',
      border: '#9cc3e0',
      accent: '#00779e',
      text: '#0b1f3a',
      muted: '#4f6079',
      grid: '#d5e0ec',
      good: '#137a46',
      bad: '#c42b3b',
      warn: '#9a5b00',
      series: [
        '#00779e',
        '#3f5bd9',
        '#7a4fd0',
        '#0f8a7e',
        '#a07c00',
        '#c2512e',
        '#2c7fb8',
        '#9b4dca',
      ],
      level: {
        green: '#137a46',
        yellow: '#9a5b00',
        red: '#c42b3b',
        notice: '#3f5bd9',
        warning: '#9a5b00',
        critical: '#c42b3b',
      },
    },
    fonts,
  },
};
