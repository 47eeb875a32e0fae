import type { Adapter } from './adapter.js';
import { fraudByHour, fraudByType } from './antifraud.js';
import {
  count,
  districtChange,
  districtTotals,
  indicator,
  indicators,
  monthlyYoY,
  total,
  yearChange,
} from './common.js';
import {
  coverageShare,
  hazards,
  premisesChecked,
  sensorAlarms,
  stationDensityKpi,
  stations,
} from './fire.js';
import {
  hotlineCases,
  hotlineHeat,
  hotlineLatest,
  hotlineReminderRate,
  hotlineStages,
  hotlineSupervision,
} from './hotline.js';
import { backlog, namedCounts, zeroAccusation } from './petitions.js';

/** Every adapter a screen config may name in `bind.adapter`. */
export const adapters: Readonly<Record<string, Adapter<unknown>>> = {
  yearChange,
  total,
  count,
  monthlyYoY,
  districtTotals,
  districtChange,
  coverageShare,
  indicators,
  indicator,
  zeroAccusation,
  backlog,
  namedCounts,
  hotlineStages,
  hotlineCases,
  hotlineReminderRate,
  hotlineSupervision,
  hotlineLatest,
  hotlineHeat,
  stationDensity: stationDensityKpi,
  stations,
  hazards,
  premisesChecked,
  sensorAlarms,
  fraudByType,
  fraudByHour,
};

/** Names of every adapter, for config validation. */
export const adapterNames: ReadonlySet<string> = new Set(Object.keys(adapters));
