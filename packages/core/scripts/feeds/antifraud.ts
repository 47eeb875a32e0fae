import { envelope } from './envelope.js';
import {
  ALL_DISTRICTS,
  atDistrict,
  atTown,
  D,
  monthsOf,
  type Town,
  town,
  townsOf,
} from './places.js';
import { type Rng, rngFor } from './rng.js';
import { nth, splitTotal } from './split.js';

/** 龙岗镇: 2022 vs 2021 gives cases −44 % and losses −35.3 %. */
export const LONGGANG = { cases: [50, 28], lossesYuan: [1_000_000, 647_000] };

const TYPES = [
  ['orderBrushing', '刷单返利', 'Task / order brushing', 6],
  ['investment', '虚假投资理财', 'Fake investment', 4],
  ['customerService', '冒充电商物流客服', 'Fake customer service', 3],
  ['loan', '虚假网络贷款', 'Fake online loans', 3],
  ['officials', '冒充公检法', 'Impersonating officials', 1],
  ['gaming', '网络游戏交易', 'Game trading', 1],
  ['other', '其他', 'Other', 2],
] as const;

/** Relative frequency of fraud by hour of day: low at night, peaks late morning and evening. */
const HOUR_PROFILE = [2, 1, 1, 1, 1, 1, 2, 3, 5, 7, 8, 8, 6, 6, 7, 7, 6, 6, 7, 9, 10, 10, 8, 4];

interface Series {
  cases: number[];
  losses: number[];
}

/** 24 months of cases and losses from two yearly totals. */
function series(cases: number[], losses: number[], rng: Rng): Series {
  const c = cases.flatMap((total) =>
    splitTotal(
      total,
      Array.from({ length: 12 }, () => rng.range(0.7, 1.3)),
    ),
  );
  const l = losses.flatMap((total, y) =>
    splitTotal(
      total,
      c.slice(y * 12, y * 12 + 12).map((n) => (n + 0.2) * rng.range(0.6, 1.4)),
    ),
  );
  return { cases: c, losses: l };
}

/** 临安's towns, each a series; 龙岗镇 has the steepest fall so it ranks first. */
function linanTowns(rng: Rng): Map<Town, Series> {
  const out = new Map<Town, Series>();
  for (const t of townsOf(D.linan)) {
    if (t.name === '龙岗镇') {
      out.set(t, series(LONGGANG.cases, LONGGANG.lossesYuan, rng));
      continue;
    }
    const c0 = rng.int(40, 160);
    const c1 = Math.round(c0 * rng.range(0.72, 0.95));
    const avg = rng.range(15_000, 30_000);
    const l0 = Math.round((c0 * avg) / 100) * 100;
    out.set(t, series([c0, c1], [l0, Math.round((l0 * rng.range(0.72, 0.95)) / 100) * 100], rng));
  }
  return out;
}

function rows(place: Record<string, string>, s: Series, months: string[]) {
  return months.map((month, i) => ({
    ...place,
    month,
    cases: s.cases[i],
    lossesYuan: s.losses[i],
  }));
}

/** Cases per type and per hour of one place and year, summing to its yearly cases. */
function breakdowns(place: Record<string, string>, s: Series, rng: Rng) {
  const byType = [2021, 2022].flatMap((year, y) => {
    const total = s.cases.slice(y * 12, y * 12 + 12).reduce((a, b) => a + b, 0);
    const split = splitTotal(
      total,
      TYPES.map((t) => t[3] * rng.range(0.7, 1.3)),
    );
    return TYPES.map(([type, typeName, typeNameEn], i) => ({
      ...place,
      year,
      type,
      typeName,
      typeNameEn,
      cases: split[i],
    }));
  });
  const byHour = [2021, 2022].flatMap((year, y) => {
    const total = s.cases.slice(y * 12, y * 12 + 12).reduce((a, b) => a + b, 0);
    const split = splitTotal(
      total,
      HOUR_PROFILE.map((w) => w * rng.range(0.8, 1.2)),
    );
    return split.map((cases, hour) => ({ ...place, year, hour, cases }));
  });
  return { byType, byHour };
}

/** 萧山 反诈之眼 2022: 9,186 people dissuaded, 7,176,000 yuan intercepted (1.25 M in one call, in June). */
function dissuasion() {
  const rng = rngFor('antifraud.dissuasion');
  const people = splitTotal(
    9186,
    Array.from({ length: 12 }, () => rng.range(0.7, 1.3)),
  );
  const money = splitTotal(
    7_176_000 - 1_250_000,
    Array.from({ length: 12 }, () => rng.range(0.7, 1.3)),
  );
  money[5] = nth(money, 5) + 1_250_000;
  return monthsOf(2022).map((month, i) => ({
    ...atDistrict(D.xiaoshan),
    month,
    dissuaded: people[i],
    interceptedYuan: money[i],
  }));
}

const ind = (
  id: string,
  name: string,
  nameEn: string,
  value: number,
  unit = 'count',
  year?: number,
) => ({
  ...atDistrict(D.xiaoshan),
  id,
  name,
  nameEn,
  value,
  unit,
  qualifier: 'exact',
  ...(year === undefined ? {} : { year }),
});

/** The antifraud feed. */
export function antifraudFeed() {
  const months = monthsOf(2021, 2022);
  const rng = rngFor('antifraud');
  const monthly: Record<string, unknown>[] = [];
  const byType: Record<string, unknown>[] = [];
  const byHour: Record<string, unknown>[] = [];
  const add = (place: Record<string, string>, s: Series) => {
    monthly.push(...rows(place, s, months));
    const b = breakdowns(place, s, rng);
    byType.push(...b.byType);
    byHour.push(...b.byHour);
  };
  const linan = linanTowns(rngFor('antifraud.linan'));
  for (const code of ALL_DISTRICTS) {
    if (code === D.linan) {
      const sumOf = (k: keyof Series) =>
        months.map((_, i) => [...linan.values()].reduce((a, s) => a + nth(s[k], i), 0));
      add(atDistrict(code), { cases: sumOf('cases'), losses: sumOf('losses') });
      continue;
    }
    const c0 = rng.int(500, 1500);
    const avg = rng.range(25_000, 50_000);
    const l0 = Math.round((c0 * avg) / 1000) * 1000;
    add(
      atDistrict(code),
      series(
        [c0, Math.round(c0 * rng.range(0.6, 1.05))],
        [l0, Math.round((l0 * rng.range(0.6, 1.05)) / 1000) * 1000],
        rng,
      ),
    );
  }
  const longgang = town(D.linan, '龙岗镇');
  for (const [t, s] of linan) {
    if (t.code === longgang.code) add(atTown(t), s);
    else monthly.push(...rows(atTown(t), s, months));
  }
  return envelope('antifraud', 'onescreen sample feed, generated from figures.md §4 (seeded)', {
    monthly,
    byType,
    byHour,
    dissuasion: dissuasion(),
    indicators: [
      ind(
        'interception.largestSingle',
        '单笔最大拦截',
        'Largest single interception',
        1_250_000,
        'yuan',
        2022,
      ),
      ind('residence.landlords', '出租房东', 'Landlords on the residence platform', 206_000),
      ind('residence.companyLandlords', '企业房东', 'Company landlords', 4_618),
      ind('residence.residents', '登记居住人员', 'Residents recorded', 1_178_000),
      ind('residence.selfDeclaredMigrants', '流动人口自主申报', 'Self-declared migrants', 437_000),
      ind('traffic.educationVisits', '交通安全宣教', 'Traffic-safety education visits', 71_664),
      ind('traffic.ebikeAccidents', '电动自行车事故', 'E-bike accidents', 500, 'count', 2021),
      ind('traffic.ebikeAccidents', '电动自行车事故', 'E-bike accidents', 333, 'count', 2022),
    ],
  });
}
