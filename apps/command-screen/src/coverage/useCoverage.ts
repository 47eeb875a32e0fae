import type { PointsView } from '@onescreen/core';
import type {
  AreaFeature,
  CoverageGap,
  CoverageReply,
  CoverageSummary,
  Station,
} from '@onescreen/geo';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CoverageStatus } from '../feeds/coverage-feed.js';

/** Coverage from the worker: where it stands, and the gaps for the coverage map. */
export interface CoverageState {
  /** Waiting, ready (with the engine's summary) or failed. */
  status: CoverageStatus;
  /** The engine's largest uncovered gaps. */
  gaps: CoverageGap[];
}

const EMPTY_SUMMARY: CoverageSummary = {
  districts: [],
  stationIssues: [],
  total: {
    id: 'total',
    name: '',
    areaKm2: 0,
    coveredKm2: 0,
    coveredShare: 0,
    multiKm2: 0,
    uncoveredKm2: 0,
    stations: 0,
    km2PerStation: null,
    cellKm: 0,
  },
  cellKm: 0,
};

/** The stations that reach somewhere, and the districts (boundaries) that hold them. */
export function coverageInput(points: PointsView | null, features: readonly AreaFeature[] | null) {
  const stations: Station[] = (points?.points ?? [])
    .filter((p) => (p.radiusKm ?? 0) > 0)
    .map((p) => ({ id: p.id, lon: p.lon, lat: p.lat, radiusKm: p.radiusKm ?? 0 }));
  const places = (points?.points ?? [])
    .filter((p) => (p.radiusKm ?? 0) > 0)
    .map((p) => p.place ?? '');
  const code = (f: AreaFeature) => String(f.id ?? f.properties.adcode ?? '');
  // A district without a station is left out rather than counted as 0 % covered: the feed
  // says nothing about its stations.
  const districts = (features ?? []).filter((f) =>
    places.some((p) => p !== '' && p.startsWith(code(f))),
  );
  // The key changes only when a station moves, comes or goes, or the boundaries change.
  const key = JSON.stringify([
    stations.map((s) => [s.id, s.lon, s.lat, s.radiusKm]),
    districts.map(code),
  ]);
  return { stations, districts, key };
}

/**
 * Runs the coverage engine (geo's worker) whenever the stations or boundaries really change;
 * a feed re-read with the same stations posts nothing. With no stations or no boundaries the
 * answer is an empty summary at once, and a failed stations feed is an error, so every widget
 * bound to coverage settles.
 */
export function useCoverage(
  points: PointsView | null,
  features: readonly AreaFeature[] | null,
  failure: string | null = null,
): CoverageState {
  const [state, setState] = useState<CoverageState>({ status: { state: 'waiting' }, gaps: [] });
  const worker = useRef<Worker | null>(null);
  const lastId = useRef(0);
  const input = useMemo(() => coverageInput(points, features), [points, features]);
  const ready = points !== null;

  useEffect(() => {
    const w = new Worker(new URL('./coverage.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.addEventListener('message', (event: MessageEvent<CoverageReply>) => {
      const r = event.data;
      if (r.id !== lastId.current) return;
      setState(
        r.type === 'result'
          ? { status: { state: 'ready', summary: r.summary, at: Date.now() }, gaps: r.gaps }
          : { status: { state: 'error', error: r.message, at: Date.now() }, gaps: [] },
      );
    });
    w.addEventListener('error', (event) => {
      setState({
        status: {
          state: 'error',
          error: event.message || 'coverage worker failed',
          at: Date.now(),
        },
        gaps: [],
      });
    });
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: input.key stands for the stations and districts
  useEffect(() => {
    if (failure !== null) {
      ++lastId.current;
      setState({ status: { state: 'error', error: failure, at: Date.now() }, gaps: [] });
      return;
    }
    if (!ready) return;
    const id = ++lastId.current;
    if (input.stations.length === 0 || input.districts.length === 0) {
      setState({ status: { state: 'ready', summary: EMPTY_SUMMARY, at: Date.now() }, gaps: [] });
      return;
    }
    worker.current?.postMessage({
      type: 'init',
      id,
      districts: input.districts,
      stations: input.stations,
      gaps: 5,
      losses: 0,
    });
  }, [input.key, ready, failure]);

  return state;
}
