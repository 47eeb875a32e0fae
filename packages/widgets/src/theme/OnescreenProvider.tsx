import { type CSSProperties, type ReactNode, useMemo } from 'react';
import { LangContext } from '../i18n/context.js';
import { defaultLang, type Lang } from '../i18n/lang.js';
import { MotionContext, ThemeContext } from './context.js';
import { type ThemeName, tokens } from './tokens.js';

/** Props of OnescreenProvider. */
export interface OnescreenProviderProps {
  /** Colour theme; 'dark' by default. */
  theme?: ThemeName;
  /** Screen language; 'zh-CN' by default. */
  lang?: Lang;
  /** Turn all motion off regardless of the OS preference. */
  reducedMotion?: boolean;
  /** Class on the wrapper element. */
  className?: string;
  /** Style on the wrapper element. */
  style?: CSSProperties;
  /** The screen or widgets. */
  children?: ReactNode;
}

/** Sets theme and language for the widgets inside it: a wrapper with data-theme and lang. */
export function OnescreenProvider({
  theme = 'dark',
  lang = defaultLang,
  reducedMotion = false,
  className,
  style,
  children,
}: OnescreenProviderProps) {
  const themeInfo = useMemo(() => ({ name: theme, tokens: tokens[theme] }), [theme]);
  return (
    <ThemeContext.Provider value={themeInfo}>
      <LangContext.Provider value={lang}>
        <MotionContext.Provider value={reducedMotion}>
          <div
            className={className ? `os-root ${className}` : 'os-root'}
            data-theme={theme}
            data-reduced-motion={reducedMotion || undefined}
            lang={lang}
            style={style}
          >
            {children}
          </div>
        </MotionContext.Provider>
      </LangContext.Provider>
    </ThemeContext.Provider>
  );
}
