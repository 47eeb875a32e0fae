import { createContext, useContext } from 'react';
import { type ThemeName, type ThemeTokens, tokens } from './tokens.js';

/** The active theme: its name (for ECharts theme switching) and its tokens. */
export interface ThemeInfo {
  /** 'dark' or 'light'. */
  name: ThemeName;
  /** Token values of that theme. */
  tokens: ThemeTokens;
}

/** Carries the active theme; OnescreenProvider sets it. */
export const ThemeContext = createContext<ThemeInfo>({ name: 'dark', tokens: tokens.dark });

/** The active theme ({ name: 'dark', tokens: tokens.dark } outside any provider). */
export function useTheme(): ThemeInfo {
  return useContext(ThemeContext);
}

/** Forces reduced motion on (kiosks, tests) in addition to the OS preference. */
export const MotionContext = createContext<boolean>(false);
