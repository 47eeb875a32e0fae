import { HOTLINE_STAGES } from '../../src/feeds/hotline.js';
import { AS_OF_MS, envelope, shanghaiIso } from './envelope.js';
import { atTown, D, town } from './places.js';
import { rngFor } from './rng.js';
import { nth } from './split.js';

/**
 * 银湖街道 2022. The report gives 3,579 cases handled online and an urge rate of 16.63 %;
 * no count k gives k / 3,579 = 16.63 %, so the rate is read as over all 3,607 cases received
 * in 2022: 3,579 handled (办结) by asOf and 28 still open; 600 / 3,607 = 16.63 %.
 */
export const HOTLINE_YEAR = { received: 3607, handled: 3579, reminded: 600 };

const CATEGORIES = [
  ['urban', '城市管理', 'Urban management', 5],
  ['environment', '生态环境', 'Environment', 3],
  ['market', '市场监管', 'Market regulation', 2],
  ['labour', '劳动社保', 'Labour and social security', 2],
  ['housing', '住房物业', 'Housing and property', 4],
  ['transport', '交通出行', 'Transport', 2],
  ['other', '其他', 'Other', 2],
] as const;

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const YEAR_START = Date.parse('2022-01-01T08:00:00+08:00');
const LAST_CLOSED_START = Date.parse('2022-12-22T18:00:00+08:00');
const OPEN_START = Date.parse('2022-12-29T08:00:00+08:00');

/** Picks `k` distinct indexes of `n` deterministically (partial Fisher-Yates). */
function choose(n: number, k: number, next: () => number): Set<number> {
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(next() * (n - i));
    [idx[i], idx[j]] = [nth(idx, j), nth(idx, i)];
  }
  return new Set(idx.slice(0, k));
}

/** Every 2022 case of 银湖街道 with its stage times, reminder flag and 红黄绿 status. */
function cases() {
  const rng = rngFor('hotline.cases');
  const where = atTown(town(D.fuyang, '银湖街道'));
  const weights = CATEGORIES.map((c) => c[3]);
  const totalWeight = weights.reduce((s, w) => s + w, 0);
  const pickCategory = (): string => {
    let r = rng.next() * totalWeight;
    for (const [i, w] of weights.entries()) {
      r -= w;
      if (r < 0) return nth(CATEGORIES, i)[0];
    }
    return 'other';
  };
  const { received, handled, reminded } = HOTLINE_YEAR;
  const open = received - handled;
  const starts = [
    ...Array.from(
      { length: handled },
      () => YEAR_START + rng.next() * (LAST_CLOSED_START - YEAR_START),
    ),
    ...Array.from(
      { length: open },
      () => OPEN_START + rng.next() * (AS_OF_MS - 2 * HOUR - OPEN_START),
    ),
  ].map((ms) => Math.floor(ms / 60_000) * 60_000);
  const closed = starts.slice(0, handled).sort((a, b) => a - b);
  const late = starts.slice(handled).sort((a, b) => a - b);
  const urged = choose(received, reminded, rng.next);
  return [...closed, ...late].map((start, i) => {
    const isOpen = i >= handled;
    // Steps: 0.5-4 h to assign, 1-5 days to handle, 0.5-2 days to review, 1-3 days to call back.
    const gaps = [
      rng.range(0.5, 4) * HOUR,
      rng.range(1, 5) * DAY,
      rng.range(0.5, 2) * DAY,
      rng.range(1, 3) * DAY,
    ];
    const times: Record<string, string> = { received: shanghaiIso(start) };
    let at = start;
    let stage = 0;
    const lastStage = isOpen ? i % 3 : 4;
    for (const [g, gap] of gaps.entries()) {
      at += Math.floor(gap / 60_000) * 60_000;
      if (g + 1 > lastStage || at > AS_OF_MS) break;
      stage = g + 1;
      times[nth(HOTLINE_STAGES, stage)] = shanghaiIso(at);
    }
    const wasUrged = urged.has(i);
    const slow = nth(gaps, 1) > 4 * DAY;
    return {
      ...where,
      id: `YH2022-${String(i + 1).padStart(5, '0')}`,
      category: pickCategory(),
      stage: HOTLINE_STAGES[stage],
      times,
      reminded: wasUrged,
      supervision: wasUrged && slow ? 'red' : wasUrged || slow ? 'yellow' : 'green',
    };
  });
}

/** The hotline feed. */
export function hotlineFeed() {
  return envelope('hotline', 'onescreen sample feed, generated from figures.md §2 (seeded)', {
    categories: CATEGORIES.map(([id, name, nameEn]) => ({ id, name, nameEn })),
    cases: cases(),
    rooms: [{ ...atTown(town(D.fuyang, '银湖街道')), seats: 6, seatsMax: 9, cameras: 612 }],
  });
}
