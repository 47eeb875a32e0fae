import { envelope } from './envelope.js';
import {
  ALL_DISTRICTS,
  atDistrict,
  atTown,
  D,
  EVERY_TOWN_PUBLISHED,
  monthsOf,
  NAMED_TOWNS,
  town,
  townsOf,
} from './places.js';
import { createRng, type Rng, rngFor } from './rng.js';
import { allocateCapped, nth, splitTotal } from './split.js';

const YEARS = [2020, 2021, 2022];

/** Xiaoshan's yearly totals: 2021 vs 2020 gives −13.6 % received and −17.6 % accusation-type. */
export const XIAOSHAN_PETITIONS = { received: [1250, 1080, 1010], accusation: [500, 412, 380] };

/** Subjects (figures.md §1 "frequent subjects"), with a residual "other". */
const SUBJECTS = [
  ['smallPowers', '小微权力', 'Small powers', 5],
  ['smallProjects', '小型工程', 'Small projects', 4],
  ['smallFunds', '小额资金', 'Small funds', 3],
  ['villageWorks', '村级工程建设', 'Village construction works', 4],
  ['villageLabour', '村级劳务用工', 'Village labour hiring', 2],
  ['other', '其他', 'Other', 6],
] as const;

/** Reception channels of figures.md §1, plus online letters. */
const CHANNELS = [
  ['receptionRoom', '接访室', 'Reception room', 5],
  ['cloud', '云接访 云约访 云下访', 'Cloud reception, appointment, home visit', 3],
  ['oneStationManyPoints', '一站多点', 'One station, many points', 2],
  ['online', '网上信访', 'Online petitions', 4],
] as const;

function annuals(code: string, rng: Rng) {
  if (code === D.xiaoshan) return XIAOSHAN_PETITIONS;
  const base = rng.int(300, 900);
  const received = [
    base,
    Math.round(base * rng.range(0.82, 1)),
    Math.round(base * rng.range(0.7, 0.95)),
  ];
  return { received, accusation: received.map((r) => Math.round(r * rng.range(0.3, 0.45))) };
}

/** Month weights: fewer petitions around the Spring Festival, more in spring. */
function monthWeights(rng: Rng): number[] {
  return Array.from(
    { length: 12 },
    (_, m) => (m === 1 ? 0.7 : 1 + 0.15 * Math.sin((m / 12) * 2 * Math.PI)) * rng.range(0.85, 1.15),
  );
}

/** 进化镇's share shrinks so its total falls by more than 70 % in 2021 and again in 2022. */
const TOWN_YEAR_FACTOR: Record<string, number[]> = { '330109104': [1.5, 0.35, 0.1] };

/** Monthly received and accusation-type counts of every district and named town, 2020-2022. */
function monthly() {
  const months = monthsOf(...YEARS);
  const rows: Record<string, unknown>[] = [];
  const townRows: Record<string, unknown>[] = [];
  const acc2022 = new Map<string, number>();
  for (const code of ALL_DISTRICTS) {
    const rng = rngFor(`petitions.${code}`);
    const a = annuals(code, rng);
    const received = YEARS.flatMap((_, y) => splitTotal(nth(a.received, y), monthWeights(rng)));
    const accusation = YEARS.flatMap((_, y) => {
      const r = received.slice(y * 12, y * 12 + 12);
      return allocateCapped(
        nth(a.accusation, y),
        r.map((x) => x * rng.range(0.8, 1.2)),
        r,
      );
    });
    months.forEach((month, i) => {
      rows.push({ ...atDistrict(code), month, received: received[i], accusation: accusation[i] });
    });
    // Towns share each district month; only the towns figures.md names are published.
    const towns = townsOf(code);
    const base = towns.map(() => rng.range(0.5, 1.5));
    const named = EVERY_TOWN_PUBLISHED.has(code)
      ? new Set(towns.map((t) => t.code))
      : new Set((NAMED_TOWNS[code] ?? []).map((n) => town(code, n).code));
    const townSeries = towns.map(() => ({ received: [] as number[], accusation: [] as number[] }));
    months.forEach((_, i) => {
      const y = Math.floor(i / 12);
      const w = towns.map((t, k) => nth(base, k) * (TOWN_YEAR_FACTOR[t.code]?.[y] ?? 1));
      const r = splitTotal(nth(received, i), w);
      const acc = allocateCapped(nth(accusation, i), r, r);
      towns.forEach((_, k) => {
        nth(townSeries, k).received.push(nth(r, k));
        nth(townSeries, k).accusation.push(nth(acc, k));
      });
    });
    towns.forEach((t, k) => {
      acc2022.set(
        t.code,
        nth(townSeries, k)
          .accusation.slice(24)
          .reduce((s, x) => s + x, 0),
      );
      if (!named.has(t.code)) return;
      months.forEach((month, i) => {
        const s = nth(townSeries, k);
        townRows.push({
          ...atTown(t),
          month,
          received: s.received[i],
          accusation: s.accusation[i],
        });
      });
    });
  }
  return { rows: [...rows, ...townRows], acc2022 };
}

function byCategory(
  rows: Record<string, unknown>[],
  table: typeof SUBJECTS | typeof CHANNELS,
  salt: string,
) {
  return ALL_DISTRICTS.flatMap((code) => {
    const rng = rngFor(`${salt}.${code}`);
    const total = rows
      .filter(
        (r) => r.district === code && r.town === undefined && String(r.month).startsWith('2022'),
      )
      .reduce((s, r) => s + (r.received as number), 0);
    const counts = splitTotal(
      total,
      table.map((c) => c[3] * rng.range(0.7, 1.3)),
    );
    return table.map(([id, name, nameEn], i) => ({
      ...atDistrict(code),
      year: 2022,
      id,
      name,
      nameEn,
      count: counts[i],
    }));
  });
}

/** Xiaoshan 2022: 559 村社, about 90 % (503) without accusation-type petitions, by town. */
function zeroAccusation(acc2022: Map<string, number>) {
  const rng = createRng(559);
  const towns = townsOf(D.xiaoshan);
  const villages = splitTotal(
    559,
    towns.map(() => rng.range(0.6, 1.4)),
  );
  // A village with an accusation-type petition needs at least one such petition in its town.
  const caps = towns.map((t, k) => Math.min(nth(villages, k), acc2022.get(t.code) ?? 0));
  const withAccusation = allocateCapped(
    559 - 503,
    caps.map((c) => c + 0.5),
    caps,
  );
  return towns.map((t, k) => ({
    ...atTown(t),
    year: 2022,
    villages: villages[k],
    zeroAccusation: nth(villages, k) - nth(withAccusation, k),
  }));
}

/** The petitions feed. */
export function petitionsFeed() {
  const { rows, acc2022 } = monthly();
  return envelope('petitions', 'onescreen sample feed, generated from figures.md §1 (seeded)', {
    monthly: rows,
    subjects: byCategory(rows, SUBJECTS, 'subjects'),
    channels: byCategory(rows, CHANNELS, 'channels'),
    backlog: [
      { ...atDistrict(D.fuyang), level: 'national', total: 125, cleared: 125 },
      { ...atDistrict(D.fuyang), level: 'provincial', total: 154, cleared: 154 },
      { ...atDistrict(D.fuyang), level: 'city', total: 5, cleared: 5 },
    ],
    zeroAccusation: zeroAccusation(acc2022),
    outcomes: [
      {
        ...atDistrict(D.xiaoshan),
        year: 2022,
        clearedCadres: 3,
        clearedCollectives: 1,
        falseAccusersDetained: 3,
        falseAccusersFined: 1,
        falseAccusersWarned: 9,
      },
    ],
    labourDisputes: [
      { ...atDistrict(D.chunan), year: 2021, batches: 90, people: 1200, amountYuan: 10_000_000 },
      { ...atDistrict(D.chunan), year: 2022, batches: 56, people: 740, amountYuan: 5_730_000 },
    ],
    townPractices: [
      {
        ...atTown(town(D.fuyang, '万市镇')),
        villages: 13,
        villagesResolvingOver90: 13,
        villagesNoBacklogNoSkip: 8,
      },
      { ...atTown(town(D.fuyang, '春江街道')), villages: 10, villagesWithTeamMeetings: 10 },
    ],
    satisfaction: [{ ...atDistrict(D.chunan), year: 2022, satisfactionPercent: 98.93 }],
  });
}
