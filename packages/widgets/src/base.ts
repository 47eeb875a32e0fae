// @onescreen/widgets, base half: theme, i18n, frame, screen container and the DOM widgets.
// Explicit names only, so the public list is a deliberate diff.

export { AlertList, type AlertListProps } from './AlertList/AlertList.js';
export {
  type AlertItem,
  type AlertListLevel,
  type AlertRow,
  alertRows,
  alertTime,
} from './AlertList/compute.js';
export { type AlertListData, useAlertList } from './AlertList/useAlertList.js';
export { HiddenTable } from './a11y/HiddenTable.js';
export { useReducedMotion } from './a11y/useReducedMotion.js';
export { Carousel, type CarouselProps } from './Carousel/Carousel.js';
export { Panel, type PanelProps } from './decor/Panel.js';
export { PanelBorder } from './decor/PanelBorder.js';
export { TitleBar, type TitleBarProps } from './decor/TitleBar.js';
export { AgeBadge } from './frame/AgeBadge.js';
export { WidgetErrorBoundary, type WidgetErrorBoundaryProps } from './frame/ErrorBoundary.js';
export { resolveDataState } from './frame/state.js';
export type { DataState, WidgetStatus } from './frame/types.js';
export { type A11yTable, WidgetFrame, type WidgetFrameProps } from './frame/WidgetFrame.js';
export { Clock, type ClockProps } from './Header/Clock.js';
export {
  type FeedFreshness,
  FreshnessDots,
  type FreshnessDotsProps,
} from './Header/FreshnessDots.js';
export { Header, type HeaderProps } from './Header/Header.js';
export { LangContext, useLang, useT } from './i18n/context.js';
export { defineMessages, type MessageParams, type Translator } from './i18n/defineMessages.js';
export { defaultLang, type Lang } from './i18n/lang.js';
export { type MessageKey, messages, translate } from './i18n/messages.js';
export {
  computeKpi,
  type GoodDirection,
  type KpiInput,
  type KpiView,
  tweenValue,
} from './KpiCard/compute.js';
export { KpiCard, type KpiCardProps } from './KpiCard/KpiCard.js';
export { useKpiCard } from './KpiCard/useKpiCard.js';
export { advanceOffset, carryOffset } from './ScrollBoard/compute.js';
export { ScrollBoard, type ScrollBoardProps } from './ScrollBoard/ScrollBoard.js';
export { type ScrollColumn, type ScrollRow, useScrollBoard } from './ScrollBoard/useScrollBoard.js';
export {
  computePipeline,
  PIPELINE_STAGES,
  type PipelineCase,
  type PipelineStage,
  type StageFigures,
} from './StagePipeline/compute.js';
export { StagePipeline, type StagePipelineProps } from './StagePipeline/StagePipeline.js';
export { useStagePipeline } from './StagePipeline/useStagePipeline.js';
export { activeClockTimers } from './screen/clock.js';
export { defaultScreenInfo, ScreenContext, type ScreenInfo, useScreen } from './screen/context.js';
export { computeLayout, type ScaleMode, type ScreenLayout } from './screen/layout.js';
export { ScreenContainer, type ScreenContainerProps } from './screen/ScreenContainer.js';
export { useDevicePixelRatio } from './screen/useDevicePixelRatio.js';
export { useNow } from './screen/useNow.js';
export {
  computeLights,
  countLights,
  LIGHT_LEVELS,
  type LightCounts,
  type LightFigures,
  type LightLevel,
} from './TrafficLights/compute.js';
export { TrafficLights, type TrafficLightsProps } from './TrafficLights/TrafficLights.js';
export { ThemeContext, type ThemeInfo, useTheme } from './theme/context.js';
export { contrastRatio } from './theme/contrast.js';
export { OnescreenProvider, type OnescreenProviderProps } from './theme/OnescreenProvider.js';
export { type LevelColors, type ThemeName, type ThemeTokens, tokens } from './theme/tokens.js';
