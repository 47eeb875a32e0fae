import {
  Clock,
  CoverageMap,
  DistrictMap,
  Header,
  HeatGrid,
  KpiCard,
  RankingBoard,
  RingChart,
  ScrollBoard,
  StagePipeline,
  TrafficLights,
  TrendChart,
} from '@onescreen/widgets';
import type { ComponentType } from 'react';

/** Props as a portal passes them: plain JSON-like data. */
export type EmbedProps = Record<string, unknown>;

// The widgets a portal can mount by name. Layout pieces (ScreenContainer, Carousel) are left
// out: an embedded widget is sized by its container, not by a screen scaler, and a Carousel's
// children are React elements that no attribute can carry.
const widgets = {
  KpiCard,
  ScrollBoard,
  StagePipeline,
  TrafficLights,
  Header,
  Clock,
  TrendChart,
  RingChart,
  RankingBoard,
  HeatGrid,
  DistrictMap,
  CoverageMap,
} satisfies Record<string, ComponentType<never>>;

/** Name of a widget that `mount()` and `<onescreen-widget type>` accept. */
export type EmbedWidgetName = keyof typeof widgets;

/** Every widget name `mount()` accepts. */
export const embedWidgetNames = Object.keys(widgets) as EmbedWidgetName[];

/** The component for `name`, or undefined for an unknown name (never an inherited property). */
export function widgetByName(name: string): ComponentType<EmbedProps> | undefined {
  return Object.hasOwn(widgets, name)
    ? (widgets[name as EmbedWidgetName] as unknown as ComponentType<EmbedProps>)
    : undefined;
}
