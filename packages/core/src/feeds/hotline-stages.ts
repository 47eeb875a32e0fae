import type { LocalText } from './fields/types.js';

// The 12345 stages and their names, apart from the hotline schema, so a widget that names the
// stages does not carry the feed validator with it.

/** The five stages every 12345 case passes, in order. */
export const HOTLINE_STAGES = Object.freeze([
  'received',
  'assigned',
  'handled',
  'closureReviewed',
  'followedUp',
] as const);

/** One stage of the 12345 workflow. */
export type HotlineStage = (typeof HOTLINE_STAGES)[number];

/** Names of the stages (签收 → 审核交办 → 审核办理 → 办结审核 → 回访反馈): their one owner. */
export const HOTLINE_STAGE_LABELS: Readonly<Record<HotlineStage, LocalText>> = Object.freeze({
  received: { 'zh-CN': '签收', en: 'Received' },
  assigned: { 'zh-CN': '审核交办', en: 'Assigned' },
  handled: { 'zh-CN': '审核办理', en: 'Handled' },
  closureReviewed: { 'zh-CN': '办结审核', en: 'Closure review' },
  followedUp: { 'zh-CN': '回访反馈', en: 'Follow-up' },
});
