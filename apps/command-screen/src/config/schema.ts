import { bindingSchema, isScreenPeriod, KIND_RE } from '@onescreen/core';
import { z } from 'zod';
import { alertingConfig, alertRuleConfig } from '../alerts/schema.js';

/** The only config version this app reads; a config from a newer app is refused with a clear message. */
export const SCREEN_SCHEMA_VERSION = 1;

/** Widget types a screen config may name; each maps to one component in the app's registry. */
export const widgetTypes = [
  'Header',
  'KpiCard',
  'TrendChart',
  'RingChart',
  'RankingBoard',
  'ScrollBoard',
  'StagePipeline',
  'TrafficLights',
  'HeatGrid',
  'DistrictMap',
  'CoverageMap',
  'AlertList',
] as const;

/** One of the widget types of `widgetTypes`. */
export type WidgetType = (typeof widgetTypes)[number];

/** A user-visible string in both screen languages. */
export const localizedText = z
  .object({
    'zh-CN': z.string().min(1).max(200),
    en: z.string().min(1).max(200),
  })
  .strict();

const feedName = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes');

/** Where a feed is read from, how often, and when its data counts as stale. */
export const feedSource = z
  .object({
    url: z.string().min(1).describe('Relative to ?feeds= (default: the app origin) or absolute'),
    refreshSeconds: z.number().min(5).max(86_400).default(60),
    staleSeconds: z.number().min(10).max(604_800).default(900),
    timeoutSeconds: z.number().min(1).max(120).default(15),
    sse: z
      .string()
      .min(1)
      .optional()
      .describe('Server-Sent Events URL pushing whole feed documents; polling resumes if it drops'),
    kind: z
      .string()
      .regex(KIND_RE, 'a feed kind')
      .optional()
      .describe(
        'The kind the feed must have (default: its name, when that is one of the five built-in kinds)',
      ),
    label: localizedText
      .optional()
      .describe("Its short name in the header (default: the feed's own title)"),
  })
  .strict()
  .refine((f) => f.staleSeconds > f.refreshSeconds, {
    message:
      'staleSeconds must be longer than refreshSeconds, or every feed is stale between polls',
    path: ['staleSeconds'],
  });

/** Which table of which feed a widget reads, the transforms it runs and the view it ends in (docs/data-model.md). */
export const feedBinding = bindingSchema;

/** One widget placed in a panel row. */
export const widgetConfig = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{0,59}$/, 'lower-case letters, digits and dashes'),
    type: z.enum(widgetTypes),
    title: localizedText.optional(),
    props: z.record(z.string(), z.unknown()).default({}),
    bind: feedBinding.optional(),
    layers: z
      .record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/), feedBinding)
      .optional()
      .describe('Extra named bindings, e.g. the stations layer of a map'),
    grow: z.number().min(0).max(12).default(1).describe('Share of the row width'),
  })
  .strict();

/** A row of widgets side by side inside a panel. */
export const panelRow = z
  .object({
    grow: z.number().min(0).max(12).default(1).describe('Share of the panel height'),
    widgets: z.array(widgetConfig).min(1).max(6),
  })
  .strict();

/** One view of a rotating panel. */
export const carouselView = z
  .object({ title: localizedText, rows: z.array(panelRow).min(1).max(6) })
  .strict();

/** A framed panel filling one named grid area: either fixed rows of widgets or rotating views. */
export const panelConfig = z
  .object({
    area: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a grid area name'),
    title: localizedText.optional(),
    rows: z.array(panelRow).min(1).max(8).optional(),
    views: z.array(carouselView).min(2).max(12).optional(),
  })
  .strict()
  .refine((p) => (p.rows === undefined) !== (p.views === undefined), {
    message: 'a panel holds either rows or views, not both and not neither',
  });

/** A CSS grid: track sizes and named areas, one string per row. */
export const gridConfig = z
  .object({
    columns: z.array(z.string().min(1)).min(1).max(12),
    rows: z.array(z.string().min(1)).min(1).max(12),
    areas: z.array(z.string().min(1)).min(1).max(12),
    gap: z.number().min(0).max(200).default(12),
    padding: z.number().min(0).max(400).default(12),
  })
  .strict();

/** How the screen plays its history month by month. */
export const playbackConfig = z
  .object({
    stepSeconds: z
      .number()
      .min(0.5)
      .max(600)
      .default(2)
      .describe('How long each month stays on screen'),
    loop: z
      .boolean()
      .default(false)
      .describe(
        'true: the screen plays its history by itself, round and round, in step with the wall clock (every tile of a wall on the same month), kiosk mode included; false: only an operator plays it, once through',
      ),
  })
  .strict()
  .describe('Playback of the months of the feeds’ history');

/** One boundary layer to drill into below the districts (towns, grid cells, functional areas). */
export const drillLayerConfig = z
  .object({
    level: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,19}$/, 'lower-case letters, digits and dashes')
      .describe('The layer’s name: town, grid, park …'),
    label: localizedText.optional().describe('What its areas are called (镇街 / Towns)'),
    files: z
      .array(z.string().min(1))
      .min(1)
      .max(20)
      .describe(
        'GeoJSON FeatureCollections of Polygon/MultiPolygon areas, checked like the district files; each id is a place code that starts with the code of the area it lies in (330411101, 330411101-G07)',
      ),
    note: localizedText
      .optional()
      .describe('A line the map shows while this layer is on screen, such as "示意边界"'),
  })
  .strict();

/** The whole screen: design size, scaling, theme, language, layout, feeds, panels and carousel. */
export const screenConfig = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCREEN_SCHEMA_VERSION),
    title: localizedText,
    design: z
      .object({
        width: z.number().int().min(320).max(16_384),
        height: z.number().int().min(240).max(16_384),
      })
      .strict(),
    scale: z
      .enum(['extend', 'fit', 'cover', 'width', 'height', 'stretch', 'none'])
      .default('extend')
      .describe(
        "extend: keep the design height and widen the design to the display's aspect (the 1fr columns take the extra width); the others as ScreenContainer",
      ),
    theme: z.enum(['dark', 'light']).default('dark'),
    language: z.enum(['zh-CN', 'en']).default('zh-CN'),
    grid: gridConfig,
    wideGrids: z
      .array(gridConfig.extend({ minAspect: z.number().min(1).max(20) }))
      .max(4)
      .default([])
      .describe('Other arrangements of the same panels for wider displays, chosen by width/height'),
    feeds: z.record(feedName, feedSource),
    boundaries: z
      .array(z.string().min(1))
      .min(1)
      .max(20)
      .optional()
      .describe(
        'GeoJSON FeatureCollections of Polygon/MultiPolygon districts for the map (either winding), relative to this config or absolute on the same origin; omit for the bundled Hangzhou and Jiaxing counties',
      ),
    panels: z.array(panelConfig).min(1).max(40),
    period: z
      .object({
        default: z
          .string()
          .refine(isScreenPeriod, 'a year, quarter or month: 2022, 2022-Q2 or 2022-06')
          .describe('The period the screen opens on (?period= overrides)'),
        playback: playbackConfig.optional(),
      })
      .strict()
      .optional()
      .describe('The screen period every binding with a "screen" period follows'),
    drill: z
      .array(drillLayerConfig)
      .max(4)
      .optional()
      .describe(
        'Boundary layers below the districts, top first (towns, then grid cells or functional areas): clicking an area on the map opens its parts',
      ),
    carousel: z
      .object({
        periodSeconds: z.number().min(3).max(3_600).default(20),
        epoch: z.iso.datetime({ offset: true }).default('2020-01-01T00:00:00+08:00'),
      })
      .strict()
      .default({ periodSeconds: 20, epoch: '2020-01-01T00:00:00+08:00' }),
    watchdog: z
      .object({
        stallMs: z.number().min(1_000).max(120_000).default(10_000),
        memoryMB: z.number().min(64).max(16_384).default(1_024),
        maxUptimeHours: z.number().min(1).max(720).optional(),
        quietIdleSeconds: z
          .number()
          .min(0)
          .max(3_600)
          .default(30)
          .describe('Nobody may have touched the screen for this long before a reload'),
      })
      .strict()
      .default({ stallMs: 10_000, memoryMB: 1_024, quietIdleSeconds: 30 }),
    alerts: z
      .array(alertRuleConfig)
      .max(50)
      .default([])
      .describe('Alert rules over bound values and feed staleness (docs/alerts-and-playlists.md)'),
    alerting: alertingConfig
      .default({ holdSeconds: 60, list: { edge: 'bottom', limit: 3 } })
      .describe('What the screen does when an alert fires'),
  })
  .strict();

/** A screen config as written in JSON (defaults optional). */
export type ScreenConfigInput = z.input<typeof screenConfig>;
/** A screen config after validation, defaults filled in. */
export type ScreenConfig = z.output<typeof screenConfig>;
/** A panel after validation. */
export type PanelConfig = z.output<typeof panelConfig>;
/** A grid after validation. */
export type GridConfig = z.output<typeof gridConfig>;
/** A panel row after validation. */
export type PanelRow = z.output<typeof panelRow>;
/** A widget after validation. */
export type WidgetConfig = z.output<typeof widgetConfig>;
/** A feed binding after validation. */
export type FeedBinding = z.output<typeof feedBinding>;
/** A feed source after validation. */
export type FeedSource = z.output<typeof feedSource>;
/** A drill layer after validation. */
export type DrillLayerConfig = z.output<typeof drillLayerConfig>;
/** The playback settings after validation. */
export type PlaybackConfig = z.output<typeof playbackConfig>;
