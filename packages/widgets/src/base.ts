// @onescreen/widgets, base half: theme, i18n, frame, screen container and the DOM widgets.
// Explicit names only, so the public list is a deliberate diff.

export { HiddenTable } from './a11y/HiddenTable.js';
export { useReducedMotion } from './a11y/useReducedMotion.js';
export { Panel, type PanelProps } from './decor/Panel.js';
export { PanelBorder } from './decor/PanelBorder.js';
export { TitleBar, type TitleBarProps } from './decor/TitleBar.js';
export { AgeBadge } from './frame/AgeBadge.js';
export { WidgetErrorBoundary, type WidgetErrorBoundaryProps } from './frame/ErrorBoundary.js';
export { resolveDataState } from './frame/state.js';
export type { DataState, WidgetStatus } from './frame/types.js';
export { type A11yTable, WidgetFrame, type WidgetFrameProps } from './frame/WidgetFrame.js';
export { LangContext, useLang, useT } from './i18n/context.js';
export { defineMessages, type MessageParams, type Translator } from './i18n/defineMessages.js';
export { formatAge } from './i18n/formatAge.js';
export { defaultLang, type Lang } from './i18n/lang.js';
export { type MessageKey, messages, translate } from './i18n/messages.js';
export { activeClockTimers } from './screen/clock.js';
export { defaultScreenInfo, ScreenContext, type ScreenInfo, useScreen } from './screen/context.js';
export { computeLayout, type ScaleMode, type ScreenLayout } from './screen/layout.js';
export { ScreenContainer, type ScreenContainerProps } from './screen/ScreenContainer.js';
export { useDevicePixelRatio } from './screen/useDevicePixelRatio.js';
export { useNow } from './screen/useNow.js';
export { ThemeContext, type ThemeInfo, useTheme } from './theme/context.js';
export { contrastRatio } from './theme/contrast.js';
export { OnescreenProvider, type OnescreenProviderProps } from './theme/OnescreenProvider.js';
export { type ThemeName, type ThemeTokens, tokens } from './theme/tokens.js';
