import { describe, expect, it } from 'vitest';
import { loadFeed } from './fixtures/feeds/load.js';

// Every figure of /work/shared/domain/figures.md that a feed carries, beside the value
// computed from the committed data/feeds/*.json. Ratios are rounded as the report states them.

const petitions = loadFeed('petitions');
const hotline = loadFeed('hotline');
const fire = loadFeed('fire');
const antifraud = loadFeed('antifraud');
const grassroots = loadFeed('grassroots');

const total = <T>(rows: T[], pick: (r: T) => number): number =>
  rows.reduce((s, r) => s + pick(r), 0);
const pct = (part: number, whole: number, digits: number): number =>
  Math.round((part / whole) * 100 * 10 ** digits) / 10 ** digits;
const change = (before: number, after: number, digits: number): number =>
  pct(after - before, before, digits);

type Place = { district: string; town?: string | undefined };
const at = (district: string, town?: string) => (r: Place) =>
  r.district === district && r.town === town;
const inYear = (y: number) => (r: { month: string }) => r.month.startsWith(`${y}-`);

const XS = '330109';
const xsYear = (y: number) => petitions.monthly.filter((r) => at(XS)(r) && inYear(y)(r));
const jinhua = (y: number) =>
  total(
    petitions.monthly.filter((r) => at(XS, '330109104')(r) && inYear(y)(r)),
    (r) => r.received,
  );
const zero = petitions.zeroAccusation.filter((r) => r.district === XS);
const backlog = (level: string) =>
  petitions.backlog.find((b) => b.district === '330111' && b.level === level);
const outcome = petitions.outcomes[0];
const labour = (y: number) =>
  petitions.labourDisputes.find((r) => r.district === '330127' && r.year === y);

const received = hotline.cases.length;
const handled = hotline.cases.filter(
  (c) => c.stage === 'closureReviewed' || c.stage === 'followedUp',
).length;
const urged = hotline.cases.filter((c) => c.reminded).length;
const room = hotline.rooms[0];

const ind = (
  rows: { id: string; value: number; year?: number | undefined }[],
  id: string,
  year?: number,
) => rows.find((r) => r.id === id && (year === undefined || r.year === year))?.value ?? Number.NaN;
const firstRound = fire.response[0];
const premises = total(
  fire.inspections,
  (r) => r.rentalHousing + r.threeInOne + r.highRise + r.industrial,
);

const LG = '330112117';
const lg = (y: number) => antifraud.monthly.filter((r) => at('330112', LG)(r) && inYear(y)(r));
const linanTownDrops = (() => {
  const towns = new Set(
    antifraud.monthly.filter((r) => r.district === '330112' && r.town).map((r) => r.town),
  );
  return [...towns].map((t) => {
    const rows = antifraud.monthly.filter((r) => r.town === t);
    const c = (y: number) => total(rows.filter(inYear(y)), (r) => r.cases);
    return { town: t, drop: change(c(2021), c(2022), 1) };
  });
})();
const dis = antifraud.dissuasion;
const g = grassroots.indicators;

/** [figure, value stated in figures.md, value computed from the feed]. */
const FIGURES: [string, number, number][] = [
  [
    '§1 萧山 涉纪受理信访量 2021 vs 2020 (%)',
    -13.6,
    change(
      total(xsYear(2020), (r) => r.received),
      total(xsYear(2021), (r) => r.received),
      1,
    ),
  ],
  [
    '§1 萧山 检控类信访量 2021 vs 2020 (%)',
    -17.6,
    change(
      total(xsYear(2020), (r) => r.accusation),
      total(xsYear(2021), (r) => r.accusation),
      1,
    ),
  ],
  [
    '§1 萧山 无检控信访村社 share (%, about)',
    90,
    pct(
      total(zero, (r) => r.zeroAccusation),
      total(zero, (r) => r.villages),
      0,
    ),
  ],
  [
    '§1 进化镇 2021 vs 2020 fall > 70 % (1 = yes)',
    1,
    Number(change(jinhua(2020), jinhua(2021), 1) < -70),
  ],
  [
    '§1 进化镇 2022 vs 2021 fall > 70 % (1 = yes)',
    1,
    Number(change(jinhua(2021), jinhua(2022), 1) < -70),
  ],
  ['§1 澄清正名 cadres', 3, outcome?.clearedCadres ?? Number.NaN],
  ['§1 澄清正名 collectives', 1, outcome?.clearedCollectives ?? Number.NaN],
  ['§1 false accusers detained', 3, outcome?.falseAccusersDetained ?? Number.NaN],
  ['§1 false accusers fined', 1, outcome?.falseAccusersFined ?? Number.NaN],
  ['§1 false accusers warned', 9, outcome?.falseAccusersWarned ?? Number.NaN],
  ['§1 富阳 national backlog cleared', 125, backlog('national')?.cleared ?? Number.NaN],
  [
    '§1 富阳 provincial backlog cleared (all)',
    154,
    backlog('provincial')?.total === 154 ? (backlog('provincial')?.cleared ?? 0) : -1,
  ],
  [
    '§1 富阳 city backlog resolved (%)',
    100,
    pct(backlog('city')?.cleared ?? 0, backlog('city')?.total ?? 5, 0),
  ],
  ['§1 富阳 city backlog cases', 5, backlog('city')?.total ?? Number.NaN],
  [
    '§1 万市镇 villages resolving > 90 % at village level',
    13,
    petitions.townPractices.find((t) => t.town === '330111100')?.villagesResolvingOver90 ??
      Number.NaN,
  ],
  [
    '§1 万市镇 villages with no backlog, no skip-level',
    8,
    petitions.townPractices.find((t) => t.town === '330111100')?.villagesNoBacklogNoSkip ??
      Number.NaN,
  ],
  [
    '§1 春江街道 villages holding 小队会',
    10,
    petitions.townPractices.find((t) => t.town === '330111002')?.villagesWithTeamMeetings ??
      Number.NaN,
  ],
  [
    '§1 淳安 labour-dispute batches 2022 vs 2021 (%)',
    -37.8,
    change(labour(2021)?.batches ?? 0, labour(2022)?.batches ?? 0, 1),
  ],
  [
    '§1 淳安 labour-dispute people 2022 vs 2021 (%)',
    -38.3,
    change(labour(2021)?.people ?? 0, labour(2022)?.people ?? 0, 1),
  ],
  [
    '§1 淳安 labour-dispute amounts 2022 vs 2021 (%)',
    -42.7,
    change(labour(2021)?.amountYuan ?? 0, labour(2022)?.amountYuan ?? 0, 1),
  ],
  [
    '§1 淳安 safety satisfaction (%)',
    98.93,
    petitions.satisfaction.find((s) => s.district === '330127')?.satisfactionPercent ?? Number.NaN,
  ],
  ['§2 dispatch seats', 6, room?.seats ?? Number.NaN],
  ['§2 dispatch seats, expandable to', 9, room?.seatsMax ?? Number.NaN],
  ['§2 camera feeds > 600 (1 = yes)', 1, Number((room?.cameras ?? 0) > 600)],
  ['§2 2022 cases handled online (办结)', 3579, handled],
  ['§2 urge rate (%), over all 2022 cases', 16.63, pct(urged, received, 2)],
  ['§3 秀洲 stations', 23, fire.stations.length],
  ['§3 central stations (1+X)', 1, fire.stations.filter((s) => s.role === 'central').length],
  ['§3 sub-stations', 22, fire.stations.filter((s) => s.role === 'sub').length],
  ['§3 rescue circle (minutes)', 5, firstRound?.minutes ?? Number.NaN],
  [
    '§3 radius = speed × time (km, 3 dp)',
    Math.round(((firstRound?.speedKmh ?? 0) * 5 * 1000) / 60) / 1000,
    firstRound?.radiusKm ?? Number.NaN,
  ],
  ['§3 km² per station target', 22, firstRound?.targetKm2PerStation ?? Number.NaN],
  ['§3 "4+8+30" offices', 4, firstRound?.offices ?? Number.NaN],
  ['§3 "4+8+30" fire posts', 8, firstRound?.firePosts ?? Number.NaN],
  ['§3 "4+8+30" brigades', 30, firstRound?.brigades ?? Number.NaN],
  ['§3 inspection rounds', 14, new Set(fire.inspections.map((r) => r.round)).size],
  ['§3 premises checked', 1032, premises],
  ['§3 hazards under supervised rectification', 2041, total(fire.hazards, (h) => h.count)],
  ['§3 萧山 confined-space drill firms', 92, ind(fire.programmes, 'drill.confinedSpaceFirms')],
  ['§3 安居守护 elderly (more than)', 6000, ind(fire.programmes, 'homeSafety.elderly')],
  ['§3 安居守护 towns/streets', 22, new Set(fire.sensorAlarms.map((s) => s.town)).size],
  ['§3 安居守护 villages/communities', 559, ind(fire.programmes, 'homeSafety.villages')],
  ['§3 安居守护 registered users', 12800, ind(fire.programmes, 'homeSafety.registeredUsers')],
  ['§3 安居守护 calls a day (about)', 280, ind(fire.programmes, 'homeSafety.callsPerDay')],
  ['§3 安居守护 warnings and alarms handled', 3307, total(fire.sensorAlarms, (s) => s.handled)],
  ['§3 淳安 water-risk points (more than)', 740, ind(fire.programmes, 'water.riskPoints')],
  [
    '§3 淳安 life-saving equipment sets (more than)',
    800,
    ind(fire.programmes, 'water.lifeSavingSets'),
  ],
  ['§3 淳安 life-safety hazards fixed', 218, ind(fire.programmes, 'water.hazardsFixed')],
  ['§4 萧山 people dissuaded', 9186, total(dis, (r) => r.dissuaded)],
  ['§4 萧山 intercepted (yuan)', 7_176_000, total(dis, (r) => r.interceptedYuan)],
  [
    '§4 largest single interception (yuan)',
    1_250_000,
    ind(antifraud.indicators, 'interception.largestSingle'),
  ],
  [
    '§4 a month holds the 1.25 M call (1 = yes)',
    1,
    Number(dis.some((r) => r.interceptedYuan >= 1_250_000)),
  ],
  [
    '§4 龙岗镇 cases 2022 vs 2021 (%)',
    -44,
    change(
      total(lg(2021), (r) => r.cases),
      total(lg(2022), (r) => r.cases),
      1,
    ),
  ],
  [
    '§4 龙岗镇 losses 2022 vs 2021 (%)',
    -35.3,
    change(
      total(lg(2021), (r) => r.lossesYuan),
      total(lg(2022), (r) => r.lossesYuan),
      1,
    ),
  ],
  [
    '§4 龙岗镇 first in 临安 (steepest fall; 1 = yes)',
    1,
    Number(
      Math.min(...linanTownDrops.map((t) => t.drop)) ===
        linanTownDrops.find((t) => t.town === LG)?.drop,
    ),
  ],
  ['§4 landlords', 206_000, ind(antifraud.indicators, 'residence.landlords')],
  ['§4 company landlords', 4618, ind(antifraud.indicators, 'residence.companyLandlords')],
  ['§4 residents recorded', 1_178_000, ind(antifraud.indicators, 'residence.residents')],
  [
    '§4 self-declared migrants',
    437_000,
    ind(antifraud.indicators, 'residence.selfDeclaredMigrants'),
  ],
  [
    '§4 traffic-safety education visits',
    71_664,
    ind(antifraud.indicators, 'traffic.educationVisits'),
  ],
  [
    '§4 e-bike accidents 2022 vs 2021 (%)',
    -33.4,
    change(
      ind(antifraud.indicators, 'traffic.ebikeAccidents', 2021),
      ind(antifraud.indicators, 'traffic.ebikeAccidents', 2022),
      1,
    ),
  ],
  ['§5 萧山 villages completed elections', 539, ind(g, 'elections.completedVillages')],
  ['§5 萧山 开门一件事 projects', 744, ind(g, 'openDoor.projects')],
  [
    '§5 南湖 joint inspections triggered by alerts (%)',
    47.05,
    pct(ind(g, 'jointInspection.alertTriggered'), ind(g, 'jointInspection.total'), 2),
  ],
  ['§5 南湖 task completion (%)', 100, pct(ind(g, 'tasks.completed'), ind(g, 'tasks.total'), 0)],
  [
    '§5 南湖 enforcement staff at grassroots (%)',
    65.3,
    pct(ind(g, 'enforcementStaff.grassroots'), ind(g, 'enforcementStaff.total'), 1),
  ],
  ['§5 南湖 power items', 8995, ind(g, 'powers.items')],
  ['§5 南湖 administrative-penalty items', 4932, ind(g, 'powers.administrativePenalties')],
  ['§5 南湖 bureau items before', 957, ind(g, 'bureau.itemsBefore')],
  ['§5 南湖 bureau items after', 1375, ind(g, 'bureau.itemsAfter')],
  [
    '§5 南湖 bureau share of penalty items (%)',
    27.88,
    pct(ind(g, 'bureau.itemsAfter'), ind(g, 'powers.administrativePenalties'), 2),
  ],
  ['§5 livestream parks', 2, ind(g, 'livestream.parks')],
  ['§5 MCN agencies', 6, ind(g, 'livestream.mcn')],
  ['§5 operators', 67, ind(g, 'livestream.operators')],
  ['§5 live rooms', 95, ind(g, 'livestream.rooms')],
  ['§5 leads', 17, ind(g, 'livestream.leads')],
  ['§5 cases filed', 14, ind(g, 'livestream.casesFiled')],
  ['§5 cases closed', 8, ind(g, 'livestream.casesClosed')],
  ['§5 fines (yuan)', 61_300, ind(g, 'livestream.finesYuan')],
  ['§5 complaints', 101, ind(g, 'livestream.complaints')],
  ['§5 complaints done', 86, ind(g, 'livestream.complaintsDone')],
  ['§5 reports', 21, ind(g, 'livestream.reports')],
  ['§5 reports done', 17, ind(g, 'livestream.reportsDone')],
  ['§5 王店镇 village micro-grids', 610, ind(g, 'microGrids.village')],
  ['§5 王店镇 company micro-grids', 135, ind(g, 'microGrids.company')],
  ['§5 王店镇 cadres (more than)', 300, ind(g, 'microGrids.cadres')],
];

describe('figures.md reproduced by the committed feeds', () => {
  it.each(FIGURES)('%s: stated %d', (_figure, stated, computed) => {
    expect(computed).toBe(stated);
  });
});
