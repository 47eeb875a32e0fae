import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AFTER_AS_OF, loadFeed, repoFile } from './fixtures/feeds/load.js';

// Beyond the published figures: the sample feeds agree with themselves, so a widget that
// drills from district to town, or sums a breakdown, never shows two different totals.

const petitions = loadFeed('petitions');
const hotline = loadFeed('hotline');
const fire = loadFeed('fire');
const antifraud = loadFeed('antifraud');
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const key = (...parts: unknown[]): string => parts.join('|');

describe('petitions', () => {
  const district = new Map(
    petitions.monthly.filter((r) => !r.town).map((r) => [key(r.district, r.month), r]),
  );
  const towns = petitions.monthly.filter((r) => r.town);

  it('every district has 36 months and every named town row sits under its district month', () => {
    expect(district.size).toBe(10 * 36);
    expect(towns.length).toBeGreaterThan(0);
    for (const t of towns) {
      const d = district.get(key(t.district, t.month));
      expect(t.received).toBeLessThanOrEqual(d?.received ?? -1);
      expect(t.accusation).toBeLessThanOrEqual(d?.accusation ?? -1);
    }
  });

  it.each(['subjects', 'channels'] as const)(
    '%s of 2022 sum to each district’s 2022 received',
    (list) => {
      for (const code of new Set(petitions[list].map((r) => r.district))) {
        const received = sum(
          [...district.values()]
            .filter((r) => r.district === code && r.month.startsWith('2022'))
            .map((r) => r.received),
        );
        expect(sum(petitions[list].filter((r) => r.district === code).map((r) => r.count))).toBe(
          received,
        );
      }
    },
  );

  it('villages with accusation-type petitions never outnumber the town’s such petitions', () => {
    for (const z of petitions.zeroAccusation) {
      const rows = towns.filter((t) => t.town === z.town && t.month.startsWith('2022'));
      if (rows.length === 0) continue;
      expect(z.villages - z.zeroAccusation).toBeLessThanOrEqual(sum(rows.map((r) => r.accusation)));
    }
  });
});

describe('antifraud', () => {
  it('临安 per month equals the sum of its towns', () => {
    const linan = antifraud.monthly.filter((r) => r.district === '330112');
    for (const d of linan.filter((r) => !r.town)) {
      const towns = linan.filter((r) => r.town && r.month === d.month);
      expect(towns).toHaveLength(18);
      expect(sum(towns.map((t) => t.cases))).toBe(d.cases);
      expect(sum(towns.map((t) => t.lossesYuan))).toBe(d.lossesYuan);
    }
  });

  it.each(['byType', 'byHour'] as const)('%s sums to the year’s cases of each place', (list) => {
    const places = new Set(antifraud[list].map((r) => key(r.district, r.town, r.year)));
    expect(places.size).toBe(2 * 11);
    for (const place of places) {
      const [d, t, y] = place.split('|');
      const months = antifraud.monthly.filter(
        (r) => r.district === d && (r.town ?? '') === t && r.month.startsWith(`${y}-`),
      );
      const parts = antifraud[list].filter((r) => key(r.district, r.town, r.year) === place);
      expect(sum(parts.map((r) => r.cases))).toBe(sum(months.map((r) => r.cases)));
    }
  });
});

describe('hotline', () => {
  it('case ids are unique, categories exist, every time is in 2022 and before asOf', () => {
    const categories = new Set(hotline.categories.map((c) => c.id));
    expect(new Set(hotline.cases.map((c) => c.id)).size).toBe(hotline.cases.length);
    for (const c of hotline.cases) {
      expect(categories.has(c.category)).toBe(true);
      for (const at of Object.values(c.times).filter((t) => t !== undefined)) {
        expect(at.startsWith('2022-')).toBe(true);
        expect(Date.parse(at)).toBeLessThanOrEqual(Date.parse('2022-12-31T14:00:00+08:00'));
      }
      if (c.supervision === 'red') expect(c.reminded).toBe(true);
    }
  });
});

/** Even-odd ray casting on one ring of [lon, lat] points. */
function inRing(point: readonly number[], ring: number[][]): boolean {
  const [x = 0, y = 0] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

describe('fire', () => {
  const geo = JSON.parse(readFileSync(repoFile('data/geo/jiaxing.geojson'), 'utf8')) as {
    features: { id: string; geometry: { coordinates: number[][][] } }[];
  };
  const xiuzhou = geo.features.find((f) => f.id === '330411')?.geometry.coordinates[0] ?? [];

  it('stations are distinct and stand inside 秀洲', () => {
    expect(xiuzhou.length).toBeGreaterThan(100);
    expect(new Set(fire.stations.map((s) => s.location.join())).size).toBe(23);
    for (const s of fire.stations) expect(inRing(s.location, xiuzhou), s.id).toBe(true);
  });

  it('the radius follows from the stated speed and minutes', () => {
    const r = fire.response[0];
    expect(r?.radiusKm).toBeCloseTo(((r?.speedKmh ?? 0) * (r?.minutes ?? 0)) / 60, 3);
  });

  it('nothing in the feeds lies after the clock the tests use', () => {
    expect(
      fire.inspections.every(
        (i) => Date.parse(`${i.startedOn}T00:00:00+08:00`) < AFTER_AS_OF.getTime(),
      ),
    ).toBe(true);
  });
});
