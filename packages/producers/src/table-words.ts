import type { LocalText } from '@onescreen/core';

// Words the domain schemas do not carry: what each table is called (sheet names of the
// templates) and the column headers of fields declared without a label.

const t = (zh: string, en: string): LocalText => ({ 'zh-CN': zh, en });

/** What each table of the five domain feeds is called, by `kind.table`. */
export const TABLE_LABELS: Readonly<Record<string, LocalText>> = {
  'petitions.monthly': t('月度信访', 'Monthly petitions'),
  'petitions.subjects': t('信访事项', 'By subject'),
  'petitions.channels': t('接访渠道', 'By channel'),
  'petitions.backlog': t('积案化解', 'Backlog'),
  'petitions.zeroAccusation': t('无检控村社', 'Zero-accusation villages'),
  'petitions.outcomes': t('澄清正名', 'Outcomes'),
  'petitions.labourDisputes': t('欠薪信访', 'Labour disputes'),
  'petitions.townPractices': t('镇街实践', 'Town practices'),
  'petitions.satisfaction': t('安全感满意度', 'Satisfaction'),
  'hotline.categories': t('工单类别', 'Categories'),
  'hotline.cases': t('工单', 'Cases'),
  'hotline.rooms': t('指挥室', 'Command rooms'),
  'fire.stations': t('消防站点', 'Stations'),
  'fire.response': t('救援半径', 'Response'),
  'fire.inspections': t('排查轮次', 'Inspection rounds'),
  'fire.hazards': t('隐患整改', 'Hazards'),
  'fire.sensorAlarms': t('安居守护预警', 'Sensor alarms'),
  'fire.programmes': t('专项工作', 'Programmes'),
  'antifraud.monthly': t('月度案件', 'Monthly cases'),
  'antifraud.byType': t('诈骗类型', 'By fraud type'),
  'antifraud.byHour': t('发案时段', 'By hour'),
  'antifraud.dissuasion': t('劝阻拦截', 'Dissuasion'),
  'antifraud.indicators': t('指标', 'Indicators'),
  'grassroots.indicators': t('指标', 'Indicators'),
};

/** Headers of domain fields declared without a label, by field name. */
export const FIELD_WORDS: Readonly<Record<string, LocalText>> = {
  id: t('编号', 'ID'),
  type: t('类型代码', 'Type code'),
  unit: t('计量单位', 'Unit'),
  startedOn: t('开始日期', 'Start date'),
  'location.0': t('经度', 'Longitude'),
  'location.1': t('纬度', 'Latitude'),
};

/** What the five feed kinds are called. */
export const KIND_LABELS: Readonly<Record<string, LocalText>> = {
  petitions: t('信访', 'Petitions'),
  hotline: t('12345 热线', '12345 hotline'),
  fire: t('消防', 'Fire'),
  antifraud: t('反诈', 'Anti-fraud'),
  grassroots: t('基层治理', 'Grassroots governance'),
};
