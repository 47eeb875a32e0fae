import type { FeedDecl, FeedEnvelope, FeedState } from '@onescreen/core';
import type { CoverageSummary } from '@onescreen/geo';

/** The name bindings use for the coverage the screen works out from its stations. */
export const COVERAGE_FEED = 'coverage';

const say = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** What the coverage feed declares: one row per district holding stations. */
export const COVERAGE_DECL: FeedDecl = Object.freeze({
  districts: [
    { name: 'district', type: 'place', label: say('区县', 'District') },
    {
      name: 'coveredShare',
      type: 'number',
      label: say('五分钟圈覆盖', 'Five-minute coverage'),
      unit: say('%', '%'),
    },
    {
      name: 'coveredKm2',
      type: 'number',
      label: say('覆盖面积', 'Area covered'),
      unit: say('km²', 'km²'),
    },
    {
      name: 'areaKm2',
      type: 'number',
      label: say('辖区面积', 'District area'),
      unit: say('km²', 'km²'),
    },
    {
      name: 'stations',
      type: 'integer',
      label: say('站点', 'Stations'),
      unit: say('座', 'stations'),
    },
  ],
});

/** Where the coverage computation stands. */
export type CoverageStatus =
  | { state: 'waiting' }
  | { state: 'ready'; summary: CoverageSummary; at: number }
  | { state: 'error'; error: string; at: number };

/**
 * The coverage as a feed, so bindings read it like any other: loading while the worker runs,
 * an empty table without stations (so its widgets settle), an error when the engine failed.
 */
export function coverageFeedState(status: CoverageStatus): FeedState {
  const base = {
    id: COVERAGE_FEED,
    url: '',
    asOf: undefined,
    lastErrorKind: undefined,
    dropped: [],
    records: 0,
    age: 0,
    transport: 'poll' as const,
  };
  if (status.state === 'waiting') {
    return {
      ...base,
      status: 'loading',
      health: 'ok',
      value: undefined,
      lastSuccess: undefined,
      lastError: undefined,
    };
  }
  if (status.state === 'error') {
    return {
      ...base,
      status: 'error',
      health: 'failed',
      value: undefined,
      lastSuccess: status.at,
      lastError: status.error,
    };
  }
  const value: FeedEnvelope<unknown> = {
    kind: COVERAGE_FEED,
    schemaVersion: 1,
    asOf: new Date(status.at).toISOString(),
    source: 'onescreen coverage engine',
    fields: COVERAGE_DECL,
    data: {
      districts: status.summary.districts.map((d) => ({
        district: d.id,
        coveredShare: d.coveredShare * 100,
        coveredKm2: d.coveredKm2,
        areaKm2: d.areaKm2,
        stations: d.stations,
      })),
    },
  };
  return {
    ...base,
    status: 'ready',
    health: 'ok',
    value,
    lastSuccess: status.at,
    lastError: undefined,
  };
}
