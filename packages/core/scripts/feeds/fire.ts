import { envelope } from './envelope.js';
import { atDistrict, atTown, D, townsOf } from './places.js';
import { rngFor } from './rng.js';
import { splitTotal } from './split.js';
import { stationPositions } from './stations.js';

/** Five minutes at an assumed 32 km/h average urban engine speed: 2.667 km. */
export const RESPONSE = {
  minutes: 5,
  speedKmh: 32,
  radiusKm: Math.round((32 * 5 * 1000) / 60) / 1000,
};

/** Premises checked in 14 rounds, by type: 1,032 in all. */
const PREMISES = { rentalHousing: 412, threeInOne: 298, highRise: 137, industrial: 185 };

async function stations() {
  const rng = rngFor('fire.stations');
  const where = atDistrict(D.xiuzhou);
  // 1 central station + 22 sub-stations ("1+X"); the first position is nearest the centroid.
  const positions = await stationPositions(D.xiuzhou, 23, 411);
  return positions.map((location, i) => ({
    ...where,
    id: `XZ-FS-${String(i).padStart(2, '0')}`,
    name: i === 0 ? '秀洲区中心消防站' : `秀洲区微型消防站 ${String(i).padStart(2, '0')}`,
    role: i === 0 ? 'central' : 'sub',
    location,
    crew: i === 0 ? 36 : rng.int(6, 12),
    vehicles: i === 0 ? 8 : rng.int(1, 3),
  }));
}

function inspections() {
  const rng = rngFor('fire.inspections');
  const per = Object.fromEntries(
    Object.entries(PREMISES).map(([k, total]) => [
      k,
      splitTotal(
        total,
        Array.from({ length: 14 }, () => rng.range(0.7, 1.3)),
      ),
    ]),
  ) as Record<keyof typeof PREMISES, number[]>;
  return Array.from({ length: 14 }, (_, r) => ({
    ...atDistrict(D.xiuzhou),
    round: r + 1,
    startedOn: new Date(Date.UTC(2022, 0, 10 + r * 25)).toISOString().slice(0, 10),
    rentalHousing: per.rentalHousing[r],
    threeInOne: per.threeInOne[r],
    highRise: per.highRise[r],
    industrial: per.industrial[r],
  }));
}

/** 2,041 hazards across 秀洲's towns: rectified, being rectified, overdue. */
function hazards() {
  const rng = rngFor('fire.hazards');
  const towns = townsOf(D.xiuzhou);
  const [rectified, rectifying, overdue] = [1720, 284, 37];
  const cols = { rectified, rectifying, overdue };
  const weights = towns.map(() => rng.range(0.6, 1.4));
  return Object.entries(cols).flatMap(([status, total]) => {
    const split = splitTotal(
      total,
      weights.map((w) => w * rng.range(0.8, 1.2)),
    );
    return towns.map((t, k) => ({ ...atTown(t), status, count: split[k] }));
  });
}

/** 3,307 home-safety sensor warnings handled in 萧山's 22 towns, by sensor. */
function sensorAlarms() {
  const rng = rngFor('fire.sensors');
  const towns = townsOf(D.xiaoshan);
  const byType = { smoke: 1204, gas: 683, door: 957, sleepBreathing: 463 };
  return Object.entries(byType).flatMap(([sensor, total]) => {
    const split = splitTotal(
      total,
      towns.map(() => rng.range(0.5, 1.5)),
    );
    return towns.map((t, k) => ({ ...atTown(t), sensor, handled: split[k] }));
  });
}

const ind = (
  district: string,
  id: string,
  name: string,
  nameEn: string,
  value: number,
  qualifier = 'exact',
) => ({
  ...atDistrict(district),
  id,
  name,
  nameEn,
  value,
  unit: 'count',
  qualifier,
});

/** The fire feed. */
export async function fireFeed() {
  return envelope(
    'fire',
    'onescreen sample feed, generated from figures.md §3 (seeded; stations placed by @onescreen/geo)',
    {
      stations: await stations(),
      response: [
        {
          ...atDistrict(D.xiuzhou),
          ...RESPONSE,
          targetKm2PerStation: 22,
          districtAreaKm2: 542,
          offices: 4,
          firePosts: 8,
          brigades: 30,
        },
      ],
      inspections: inspections(),
      hazards: hazards(),
      sensorAlarms: sensorAlarms(),
      programmes: [
        ind(
          D.xiaoshan,
          'drill.confinedSpaceFirms',
          '有限空间救援演练参与企业',
          'Firms in the confined-space rescue drill',
          92,
        ),
        ind(
          D.xiaoshan,
          'homeSafety.elderly',
          '安居守护覆盖老人',
          'Elderly people covered by home-safety sensors',
          6000,
          'moreThan',
        ),
        ind(D.xiaoshan, 'homeSafety.towns', '安居守护覆盖镇街', 'Towns and streets covered', 22),
        ind(
          D.xiaoshan,
          'homeSafety.villages',
          '安居守护覆盖村社',
          'Villages and communities covered',
          559,
        ),
        ind(
          D.xiaoshan,
          'homeSafety.registeredUsers',
          '安居守护注册用户',
          'Registered users',
          12800,
        ),
        ind(D.xiaoshan, 'homeSafety.callsPerDay', '日均来电', 'Calls a day', 280, 'about'),
        ind(D.chunan, 'water.riskPoints', '涉水风险点', 'Water-risk points', 740, 'moreThan'),
        ind(
          D.chunan,
          'water.lifeSavingSets',
          '救生设备',
          'Sets of life-saving equipment',
          800,
          'moreThan',
        ),
        ind(D.chunan, 'water.hazardsFixed', '整改生命安全隐患', 'Life-safety hazards fixed', 218),
      ],
    },
  );
}
