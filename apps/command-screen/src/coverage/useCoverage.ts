import type { AreaFeature, CoverageGap, CoverageSummary, Station } from '@onescreen/geo';
import { useEffect, useRef, useState } from 'react';
import type { CoverageFigures } from '../adapters/adapter.js';
import type { StationsView } from '../adapters/views.js';
import { type CoverageRequest, type CoverageResponse, figuresOf } from './compute-figures.js';

/** Coverage figures and gaps from the worker, or the worker's error. */
export interface CoverageState {
  figures: CoverageFigures | null;
  summary: CoverageSummary | null;
  gaps: CoverageGap[];
  error: string | null;
}

/**
 * Runs the coverage engine in a Web Worker whenever the stations or boundaries change. One
 * worker lives as long as the screen; a new request supersedes an unanswered one.
 */
export function useCoverage(
  stations: StationsView | null,
  features: AreaFeature[] | null,
): CoverageState {
  const [state, setState] = useState<CoverageState>({
    figures: null,
    summary: null,
    gaps: [],
    error: null,
  });
  const worker = useRef<Worker | null>(null);
  const lastId = useRef(0);

  useEffect(() => {
    const w = new Worker(new URL('./coverage.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.addEventListener('message', (event: MessageEvent<CoverageResponse>) => {
      const r = event.data;
      if (r.id !== lastId.current) return;
      setState(
        r.ok
          ? { figures: figuresOf(r.summary), summary: r.summary, gaps: r.gaps, error: null }
          : { figures: null, summary: null, gaps: [], error: r.error },
      );
    });
    w.addEventListener('error', (event) => {
      setState({
        figures: null,
        summary: null,
        gaps: [],
        error: event.message || 'coverage worker failed',
      });
    });
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(() => {
    if (!stations || !features || !worker.current) return;
    const list: Station[] = stations.stations.map((s) => ({
      id: s.id,
      lon: s.lon,
      lat: s.lat,
      radiusKm: stations.radiusKm[s.district] ?? 0,
    }));
    const request: CoverageRequest = {
      id: ++lastId.current,
      features,
      stations: list.filter((s) => (s.radiusKm ?? 0) > 0),
      stationDistricts: stations.stations
        .filter((s) => (stations.radiusKm[s.district] ?? 0) > 0)
        .map((s) => s.district),
    };
    worker.current.postMessage(request);
  }, [stations, features]);

  return state;
}
