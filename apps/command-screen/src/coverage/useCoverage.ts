import type { PointsView } from '@onescreen/core';
import type {
  AreaFeature,
  CoverageGap,
  CoverageReply,
  CoverageRequest,
  CoverageSummary,
  Station,
} from '@onescreen/geo';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CoverageStatus } from '../feeds/coverage-feed.js';
import { earlyCoverageReply, takeCoverageWorker } from './coverage-worker.js';

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

/** The engine's request for an input with stations and districts: the summary and five gaps. */
export function coverageRequest(
  input: ReturnType<typeof coverageInput>,
  id: number,
): CoverageRequest & { id: number } {
  return {
    type: 'init',
    id,
    districts: input.districts,
    stations: input.stations,
    gaps: 5,
    losses: 0,
  };
}

/** A reply of the engine as this hook's state. */
const stateOf = (r: CoverageReply): CoverageState =>
  r.type === 'result'
    ? { status: { state: 'ready', summary: r.summary, at: Date.now() }, gaps: r.gaps }
    : { status: { state: 'error', error: r.message, at: Date.now() }, gaps: [] };

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
  const input = useMemo(() => coverageInput(points, features), [points, features]);
  // The boot step may have had these very stations counted already (prestart-coverage): the
  // first render shows that answer instead of waiting for it.
  const [state, setState] = useState<CoverageState>(() => {
    const early = earlyCoverageReply(input.key);
    return early ? stateOf(early) : { status: { state: 'waiting' }, gaps: [] };
  });
  const worker = useRef<Worker | null>(null);
  const lastId = useRef(0);
  // The stations the boot step already asked the prestarted worker about (coverage-worker).
  const asked = useRef<string | null>(null);
  const ready = points !== null;

  useEffect(() => {
    const taken = takeCoverageWorker();
    const w = taken.worker;
    worker.current = w;
    if (taken.job) {
      lastId.current = Math.max(lastId.current, taken.job.id);
      asked.current = taken.job.key;
      const reply = taken.reply;
      // Unless the first render already showed it (the same state: no render).
      if (reply) setState((s) => (s.status.state === 'waiting' ? stateOf(reply) : s));
    }
    w.addEventListener('message', (event: MessageEvent<CoverageReply>) => {
      if (event.data.id === lastId.current) setState(stateOf(event.data));
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
    // Already asked before the screen mounted: its reply is in, or on its way.
    if (asked.current === input.key) {
      asked.current = null;
      return;
    }
    asked.current = null;
    const id = ++lastId.current;
    if (input.stations.length === 0 || input.districts.length === 0) {
      setState({ status: { state: 'ready', summary: EMPTY_SUMMARY, at: Date.now() }, gaps: [] });
      return;
    }
    worker.current?.postMessage(coverageRequest(input, id));
  }, [input.key, ready, failure]);

  return state;
}
