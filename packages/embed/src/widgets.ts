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

/** How a data prop must look for its widget to draw it. */
export type DataNeed = 'list' | 'record' | 'collection' | 'numberOrNull' | 'object';

interface EmbedWidget {
  component: ComponentType<never>;
  /** The data props a feed must supply (or the props attribute must hold), with their shape. */
  needs: Readonly<Record<string, DataNeed>>;
}

// The widgets a portal can mount by name. Layout pieces (ScreenContainer, Carousel) are left
// out: an embedded widget is sized by its container, not by a screen scaler, and a Carousel's
// children are React elements that no attribute can carry.
const widgets = {
  KpiCard: { component: KpiCard, needs: { value: 'numberOrNull' } },
  ScrollBoard: { component: ScrollBoard, needs: { rows: 'list' } },
  StagePipeline: { component: StagePipeline, needs: { cases: 'list' } },
  TrafficLights: { component: TrafficLights, needs: { counts: 'object' } },
  Header: { component: Header, needs: {} },
  Clock: { component: Clock, needs: {} },
  TrendChart: { component: TrendChart, needs: { categories: 'list', series: 'list' } },
  RingChart: { component: RingChart, needs: { items: 'list' } },
  RankingBoard: { component: RankingBoard, needs: { items: 'list' } },
  HeatGrid: { component: HeatGrid, needs: { values: 'list' } },
  DistrictMap: { component: DistrictMap, needs: { geojson: 'collection', values: 'record' } },
  CoverageMap: { component: CoverageMap, needs: { geojson: 'collection', stations: 'list' } },
} satisfies Record<string, EmbedWidget>;

/** Name of a widget that `mount()` and `<onescreen-widget type>` accept. */
export type EmbedWidgetName = keyof typeof widgets;

/** Every widget name `mount()` accepts. */
export const embedWidgetNames = Object.keys(widgets) as EmbedWidgetName[];

function entry(name: string): EmbedWidget | undefined {
  return Object.hasOwn(widgets, name) ? widgets[name as EmbedWidgetName] : undefined;
}

/** The component for `name`, or undefined for an unknown name (never an inherited property). */
export function widgetByName(name: string): ComponentType<EmbedProps> | undefined {
  return entry(name)?.component as ComponentType<EmbedProps> | undefined;
}

/** The data props widget `name` needs, with their shapes (none for an unknown name). */
export function widgetNeeds(name: string): Readonly<Record<string, DataNeed>> {
  return entry(name)?.needs ?? {};
}
