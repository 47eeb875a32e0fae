import type { ViewKind } from '@onescreen/core';

/** The widget types a screen config or an embed element may name with a binding. */
export const BOUND_WIDGETS = Object.freeze([
  'KpiCard',
  'TrendChart',
  'RankingBoard',
  'RingChart',
  'ScrollBoard',
  'StagePipeline',
  'TrafficLights',
  'HeatGrid',
  'DistrictMap',
  'CoverageMap',
] as const);

/** A widget type that takes a binding. */
export type BoundWidgetType = (typeof BOUND_WIDGETS)[number];

/**
 * The view kinds each widget type shows: the typed contract a binding is checked against
 * when the config loads. A map's own binding colours its regions; its layers add points.
 */
export const WIDGET_VIEW_KINDS: Readonly<Record<BoundWidgetType, readonly ViewKind[]>> =
  Object.freeze({
    KpiCard: ['value'],
    TrendChart: ['series'],
    RankingBoard: ['categories'],
    RingChart: ['categories'],
    ScrollBoard: ['rows'],
    StagePipeline: ['stages'],
    TrafficLights: ['lights'],
    HeatGrid: ['matrix'],
    DistrictMap: ['regions'],
    CoverageMap: ['regions'],
  });

/** The view kinds a map's extra layers show. */
export const LAYER_VIEW_KINDS: readonly ViewKind[] = Object.freeze(['points']);
