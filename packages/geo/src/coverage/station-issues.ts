import type { CoverageModel, PlaneDisc } from './model.js';
import type { Station } from './station.js';

/** Why a station counts for nothing. */
export type StationIssueCode = 'not-finite' | 'out-of-range' | 'swapped' | 'no-reach' | 'outside';

/** A station the engine could not count, or that reaches no district, with the reason. */
export interface StationIssue {
  /** Index in the model's station list. */
  index: number;
  /** The station's id. */
  id: string;
  /** Machine-readable reason. */
  code: StationIssueCode;
  /** English explanation. */
  message: string;
  /** Chinese (zh-CN) explanation. */
  messageZh: string;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * What is wrong with a station's position on its own, if anything: not numbers, outside
 * longitude ±180 / latitude ±90, or (the likeliest cause of that) given as [latitude, longitude].
 * A position with a fault is never placed: projecting it would put the disc somewhere real.
 */
export function positionFault(s: Station): 'not-finite' | 'out-of-range' | 'swapped' | undefined {
  if (!finite(s.lon) || !finite(s.lat)) return 'not-finite';
  if (Math.abs(s.lat) <= 90 && Math.abs(s.lon) <= 180) return undefined;
  return Math.abs(s.lat) <= 180 && Math.abs(s.lon) <= 90 ? 'swapped' : 'out-of-range';
}

/** Whether a disc can be counted: a finite position and a finite, non-negative reach. */
export const usableDisc = (d: PlaneDisc): boolean =>
  finite(d.x) && finite(d.y) && finite(d.r) && d.r >= 0;

function reachesAny(model: CoverageModel, x: number, y: number, r: number): boolean {
  return model.region.districts.some(
    ({ bbox: b }) => x + r >= b[0] && x - r <= b[2] && y + r >= b[1] && y - r <= b[3],
  );
}

function issue(index: number, s: Station, code: StationIssueCode): StationIssue {
  const at = `[${String(s.lon)}, ${String(s.lat)}]`;
  const id = String(s.id);
  const text: Record<StationIssueCode, [string, string]> = {
    'not-finite': [
      `station ${id}: position ${at} is not a pair of finite numbers`,
      `站点 ${id}：坐标 ${at} 不是有限数值`,
    ],
    'out-of-range': [
      `station ${id}: ${at} is outside longitude ±180, latitude ±90`,
      `站点 ${id}：${at} 超出经度 ±180、纬度 ±90 范围`,
    ],
    swapped: [
      `station ${id}: ${at} looks like [latitude, longitude]; positions are [longitude, latitude]`,
      `站点 ${id}：${at} 疑似经纬度颠倒；坐标顺序为 [经度, 纬度]`,
    ],
    'no-reach': [
      `station ${id}: no reach; give radiusKm, or responseMinutes and speedKmh`,
      `站点 ${id}：缺少覆盖半径；请给出 radiusKm，或 responseMinutes 与 speedKmh`,
    ],
    outside: [
      `station ${id}: ${at} reaches none of the districts`,
      `站点 ${id}：${at} 的覆盖范围不触及任何区县`,
    ],
  };
  const [message, messageZh] = text[code];
  return { index, id, code, message, messageZh };
}

function issueOf(model: CoverageModel, s: Station, disc: PlaneDisc): StationIssueCode | undefined {
  const fault = positionFault(s);
  if (fault) return fault;
  if (!(finite(disc.r) && disc.r >= 0)) return 'no-reach';
  if (!usableDisc(disc) || reachesAny(model, disc.x, disc.y, disc.r)) return undefined;
  const [sx, sy] = model.region.projection.forward(s.lat, s.lon);
  return finite(sx) && finite(sy) && reachesAny(model, sx, sy, disc.r) ? 'swapped' : 'outside';
}

/**
 * Every station that adds nothing to the coverage, with the reason, as validateAreas reports
 * boundary faults: a bad position, a missing reach, or a reach that meets no district. A station
 * in range but far away is checked swapped too, since [lat, lon] inside China stays in range.
 */
export function stationIssues(model: CoverageModel): StationIssue[] {
  const issues: StationIssue[] = [];
  model.stations.forEach((s, index) => {
    const code = issueOf(model, s, model.discs[index] as PlaneDisc);
    if (code) issues.push(issue(index, s, code));
  });
  return issues;
}
