import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { use } from 'echarts/core';
import EChartsReactCore from 'echarts-for-react/esm/core';
import {
  type CSSProperties,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useScreen } from '../screen/context.js';
import { loadMissingGlyphs } from './chartGlyphs.js';
import { drawInTurn } from './drawInTurn.js';
import { createGuardedEcharts, isInertChart } from './guardedEcharts.js';
import { inTurn } from './inTurn.js';
import { correctZoomedPointer } from './zoomedPointer.js';

/** An ECharts extension (chart, component, renderer or feature) passed to `use()`. */
export type EChartsPart = Parameters<typeof use>[0];

/** Handler of an ECharts event; `params` is ECharts' event object. */
export type EChartHandler = (params: Record<string, unknown>, chart: EChartsType) => void;

/** Which zrender painter draws the chart. */
export type EChartRenderer = 'canvas' | 'svg';

/** Props of EChart, the one ECharts binding every chart widget renders through. */
export interface EChartProps {
  /** The ECharts parts this chart needs; registered once, so a widget ships only its own. */
  parts: EChartsPart;
  /** The complete option (built by a pure compute function). */
  option: EChartsCoreOption;
  /** Handlers by ECharts event name ('click', 'mouseover'...); the set of names is read once. */
  events?: Record<string, EChartHandler>;
  /** Called on a click that hits no graphic element (the sea around a map, the plot's blank). */
  onBlankClick?: () => void;
  /** Receives the final chart instance (never the temporary one, see echarts-for-react #608). */
  onReady?: (chart: EChartsType) => void;
  /** Class on the chart element. */
  className?: string;
  /** Style on the wrapper; the chart fills it. */
  style?: CSSProperties;
  /**
   * 'canvas' (default) or 'svg'. The parts bring only the canvas painter: a caller asking for
   * SVG registers ECharts' SVGRenderer itself (tests read label boxes from the SVG this way).
   */
  renderer?: EChartRenderer | undefined;
}

// echarts-for-react initialises with a fixed width and height; 'auto' makes resize read the box again.
const followBox = { width: 'auto', height: 'auto' } as const;

const fill: CSSProperties = { width: '100%', height: '100%' };

/** Whether a box (CSS px) is the size the chart last laid itself out at (whole px). */
const sameSize = (box: { width: number; height: number }, chart: EChartsType) =>
  Math.round(box.width) === chart.getWidth() && Math.round(box.height) === chart.getHeight();

/**
 * Renders an ECharts option through echarts-for-react's ESM core entry with a canvas
 * backed at on-screen scale × devicePixelRatio, resized by a ResizeObserver. Theme changes
 * arrive as new colours in the option, so the instance survives them.
 */
export function EChart({
  parts,
  option,
  events,
  onBlankClick,
  onReady,
  className,
  style,
  renderer = 'canvas',
}: EChartProps) {
  use(parts);
  const { pixelRatio } = useScreen();
  // A new ratio re-creates the chart (zrender fixes a canvas's ratio at init); so does a new
  // renderer; nothing else does.
  const opts = useMemo(() => ({ renderer, devicePixelRatio: pixelRatio }), [renderer, pixelRatio]);
  const [facade] = useState(createGuardedEcharts);
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const latest = useRef({ events, onBlankClick, onReady });
  latest.current = { events, onBlankClick, onReady };
  // Pixel ratio of the chart that has drawn its first frame; null before that. Only updates to a
  // drawn chart are lazy: a chart's first frame is drawn at once, so it is whole when reported ready.
  const [drawnAt, setDrawnAt] = useState<number | null>(null);
  // Whether its last draw had the faces its text needs (see the redraw in handleReady).
  const [fontsIn, setFontsIn] = useState(true);
  const ratio = useRef(pixelRatio);
  ratio.current = pixelRatio;

  const handleReady = useCallback((instance: EChartsType) => {
    if (isInertChart(instance) || instance.isDisposed() || !host.current?.isConnected) return;
    chart.current = instance;
    for (const name of Object.keys(latest.current.events ?? {})) {
      instance.on(name, (params) =>
        latest.current.events?.[name]?.(params as Record<string, unknown>, instance),
      );
    }
    // zrender keeps its frame loop for ten idle frames after each draw by default; every frame
    // asked for costs the page a style, layout and commit pass, so it sleeps after one. Anything
    // that animates or draws wakes the loop again.
    instance.getZr().setSleepAfterStill(1);
    instance.getZr().on('click', (event) => {
      if (!event.target) latest.current.onBlankClick?.();
    });
    // Canvas text keeps whatever face was loaded when it was drawn: a chart whose labels needed
    // a font slice still missing draws again once its slices are in, in a task of its own (many
    // charts of a screen may wait for the same slices). Until then it is not drawn as it should
    // be, so its box says pending.
    const missing = loadMissingGlyphs(instance);
    if (missing) {
      setFontsIn(false);
      void missing.then(() =>
        inTurn(() => {
          if (!instance.isDisposed()) instance.resize(followBox);
          setFontsIn(true);
        }),
      );
    }
    latest.current.onReady?.(instance);
    setDrawnAt(ratio.current);
  }, []);

  // echarts-for-react has just set a new option lazily (its update runs before this effect):
  // the chart draws it in turn with the other charts updated in the same burst (drawInTurn).
  const lazy = drawnAt === pixelRatio;
  const lastOption = useRef(option);
  useLayoutEffect(() => {
    const changed = lastOption.current !== option;
    lastOption.current = option;
    const current = chart.current;
    if (changed && lazy && current && !current.isDisposed()) drawInTurn(current);
  }, [option, lazy]);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    // Resize on the next frame, not inside the observer: resizing there can change observed
    // sizes again ("ResizeObserver loop" errors), and a burst of changes costs one redraw.
    let pending = 0;
    const observer = new ResizeObserver((entries) => {
      // The first notice of every observation reports the size the chart was just created at;
      // resizing to it would lay out and draw the whole chart again, once per chart at start-up.
      const box = entries[entries.length - 1]?.contentRect;
      const current = chart.current;
      if (box && current && !current.isDisposed() && sameSize(box, current)) return;
      if (pending) return;
      pending = requestAnimationFrame(() => {
        pending = 0;
        const current = chart.current;
        if (current && !current.isDisposed()) current.resize(followBox);
      });
    });
    observer.observe(element);
    const uncorrect = correctZoomedPointer(element, () => chart.current?.getDom() ?? null);
    return () => {
      uncorrect();
      observer.disconnect();
      cancelAnimationFrame(pending);
      chart.current = null;
      // Runs after echarts-for-react's own unmount: sweeps a chart that a race left behind.
      facade.disposeAll();
    };
  }, [facade]);

  return (
    <div
      ref={host}
      className="os-echart"
      // Whether the chart has drawn its first frame with the faces its text needs: the app's
      // screen is ready only then.
      data-chart={drawnAt !== null && fontsIn ? 'drawn' : 'pending'}
      style={{ position: 'relative', ...fill, ...style }}
    >
      <EChartsReactCore
        echarts={facade}
        option={option}
        opts={opts}
        replaceMerge={['series']}
        // The option model updates at once; the redraw waits for the next frame, so a burst of
        // feed updates (a reconnect replaying its backlog) costs one draw, not one per update.
        // A new ratio re-creates the chart, whose first frame is again drawn at once.
        lazyUpdate={lazy}
        autoResize={false}
        onChartReady={handleReady}
        style={fill}
        {...(className ? { className } : {})}
      />
    </div>
  );
}

/**
 * Where a chart will draw once its box is measured (its option waits for the size): counts as a
 * chart not drawn yet (`data-chart="pending"`), so a screen is not ready before it has drawn.
 */
export function ChartPending() {
  return (
    <div className="os-echart" data-chart="pending" style={{ position: 'relative', ...fill }} />
  );
}
