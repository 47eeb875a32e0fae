import { envelope } from './envelope.js';
import { atDistrict, atTown, D, town } from './places.js';

type Place = ReturnType<typeof atDistrict> | ReturnType<typeof atTown>;

const ind = (
  place: Place,
  id: string,
  name: string,
  nameEn: string,
  value: number,
  unit = 'count',
  qualifier = 'exact',
) => ({
  ...place,
  id,
  name,
  nameEn,
  value,
  unit,
  qualifier,
});

/**
 * The grassroots feed: figures.md §5 as indicators. Ratios are published as their two
 * counts so the screen computes them: 941 / 2,000 = 47.05 %, 490 / 750 = 65.3 %,
 * 1,375 / 4,932 = 27.88 %.
 */
export function grassrootsFeed() {
  const xs = atDistrict(D.xiaoshan);
  const nh = atDistrict(D.nanhu);
  const wd = atTown(town(D.xiuzhou, '王店镇'));
  return envelope('grassroots', 'onescreen sample feed, generated from figures.md §5', {
    indicators: [
      ind(
        xs,
        'elections.completedVillages',
        '完成换届村社',
        'Villages and communities that completed elections',
        539,
      ),
      ind(
        xs,
        'openDoor.projects',
        '开门一件事项目',
        '"First thing on opening the door" projects',
        744,
      ),
      ind(xs, 'livestream.parks', '直播电商园区', 'Livestream commerce parks', 2),
      ind(xs, 'livestream.mcn', 'MCN机构', 'MCN agencies', 6),
      ind(xs, 'livestream.operators', '直播经营主体', 'Livestream operators', 67),
      ind(xs, 'livestream.rooms', '直播间', 'Live rooms', 95),
      ind(xs, 'livestream.leads', '案件线索', 'Leads', 17),
      ind(xs, 'livestream.casesFiled', '立案', 'Cases filed', 14),
      ind(xs, 'livestream.casesClosed', '结案', 'Cases closed', 8),
      ind(xs, 'livestream.finesYuan', '罚没款', 'Fines', 61_300, 'yuan'),
      ind(xs, 'livestream.complaints', '投诉', 'Complaints', 101),
      ind(xs, 'livestream.complaintsDone', '投诉办结', 'Complaints settled', 86),
      ind(xs, 'livestream.reports', '举报', 'Reports', 21),
      ind(xs, 'livestream.reportsDone', '举报办结', 'Reports settled', 17),
      ind(nh, 'jointInspection.total', '联合检查', 'Joint inspections', 2000),
      ind(
        nh,
        'jointInspection.alertTriggered',
        '平台预警触发的联合检查',
        'Joint inspections triggered by platform alerts',
        941,
      ),
      ind(nh, 'tasks.total', '下派任务', 'Tasks assigned', 320),
      ind(nh, 'tasks.completed', '完成任务', 'Tasks completed', 320),
      ind(nh, 'enforcementStaff.total', '执法人员', 'Enforcement staff', 750),
      ind(
        nh,
        'enforcementStaff.grassroots',
        '下沉基层执法人员',
        'Enforcement staff at grassroots level',
        490,
      ),
      ind(nh, 'powers.items', '执法事项', 'Power items', 8995),
      ind(
        nh,
        'powers.administrativePenalties',
        '行政处罚事项',
        'Administrative-penalty items',
        4932,
      ),
      ind(
        nh,
        'bureau.itemsBefore',
        '综合执法局承接事项(调整前)',
        'Items of the enforcement bureau, before',
        957,
      ),
      ind(
        nh,
        'bureau.itemsAfter',
        '综合执法局承接事项(调整后)',
        'Items of the enforcement bureau, after',
        1375,
      ),
      ind(wd, 'microGrids.village', '村级微网格', 'Village micro-grids', 610),
      ind(wd, 'microGrids.company', '企业微网格', 'Company micro-grids', 135),
      ind(
        wd,
        'microGrids.cadres',
        '下沉干部',
        'Cadres in the micro-grids',
        300,
        'count',
        'moreThan',
      ),
    ],
  });
}
