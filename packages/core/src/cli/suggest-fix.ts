import { DISTRICTS } from '../feeds/places.js';
import type { FeedProblem } from '../feeds/pointer.js';
import { DATE_RE, MONTH_RE } from '../feeds/primitives.js';
import { closestName } from './edit-distance.js';
import type { CliMessageKey } from './messages.js';

/** A town or street with its 9-digit code (data/geo/towns.json has the report districts'). */
export interface TownName {
  /** 9-digit NBS code. */
  code: string;
  /** Chinese name, e.g. 城厢街道. */
  name: string;
  /** Adcode of its district. */
  adcode: string;
}

/** A fix the validator can name: a message key and what fills it. */
export interface Fix {
  key: CliMessageKey;
  params: Record<string, string>;
}

/** What a suggestion may look at besides the problem: the bad value, its record, the towns. */
export interface FixContext {
  /** The value at the problem's pointer, as parsed. */
  value: unknown;
  /** The record (object) holding the value, if any. */
  record: unknown;
  /** Towns known to the host (empty when it has none). */
  towns: readonly TownName[];
}

// A place written as a name: 萧山区 or just 萧山 (a name without its 区/县/街道/镇 suffix).
const SUFFIX = /(区|县|市|街道|镇|乡)$/;
const sameName = (given: string, name: string): boolean =>
  given === name || (given.length >= 2 && given === name.replace(SUFFIX, ''));

const TIME = /^((?:19|20)\d\d-\d\d-\d\d)(?:[T ](\d\d:\d\d(?::\d\d(?:\.\d{1,3})?)?))?$/;
const LOOSE_MONTH = /^((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*月?$/;

/**
 * The obvious fix for a problem, if there is one: a district or town written as its name
 * (萧山区 → 330109), a time without its offset (→ …+08:00, the screen's zone), a month written
 * loosely (2022/1 → 2022-01). Anything less certain is left to the producer.
 */
export function suggestFix(problem: FeedProblem, ctx: FixContext): Fix | undefined {
  const { value, record } = ctx;
  const field = problem.pointer.slice(problem.pointer.lastIndexOf('/') + 1);
  if (value === undefined && record !== null && typeof record === 'object') {
    // A missing field next to one spelt almost like it: the producer misspelt it.
    const others = Object.keys(record).filter((k) => k !== field);
    const slip = closestName(field, others);
    if (slip !== undefined) return { key: 'fix.rename', params: { from: slip, to: field } };
  }
  if (typeof value !== 'string') return undefined;
  const given = value.trim();
  if (field === 'district' && !/^\d{6}$/.test(given)) {
    const district = DISTRICTS.find((d) => sameName(given, d.name));
    if (district) return { key: 'fix.code', params: { code: district.code, name: district.name } };
  }
  if (field === 'town' && !/^\d{9}$/.test(given)) {
    const district = (record as { district?: unknown } | null)?.district;
    const named = ctx.towns.filter((t) => sameName(given, t.name));
    // A town name can repeat across districts: the record's own district decides.
    const town =
      named.find((t) => t.adcode === district) ?? (named.length === 1 ? named[0] : undefined);
    if (town) return { key: 'fix.code', params: { code: town.code, name: town.name } };
  }
  if (/ISO 8601 timestamp/.test(problem.expected)) {
    const time = TIME.exec(given);
    if (time && DATE_RE.test(time[1] as string)) {
      const clock = time[2] ?? '00:00:00';
      const full = clock.length === 5 ? `${clock}:00` : clock;
      return { key: 'fix.timestamp', params: { value: `${time[1]}T${full}+08:00` } };
    }
  }
  if (/YYYY-MM$/.test(problem.expected)) {
    const month = LOOSE_MONTH.exec(given);
    const fixed = month ? `${month[1]}-${(month[2] as string).padStart(2, '0')}` : '';
    if (MONTH_RE.test(fixed)) return { key: 'fix.month', params: { value: fixed } };
  }
  return undefined;
}
