import type { MessageKey } from '../i18n/messages.js';
import type { WidgetDrops } from './types.js';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** How a feed's dropped records read: a compact line for the wall and a sentence to be spoken. */
export interface DroppedText {
  /** "已丢弃 12/40 条 · 首个原因 …" / "Dropped 12/40 · first reason: …". */
  short: string;
  /** The same as a full sentence for screen readers and hovers. */
  spoken: string;
}

/** The dropped-records note, or null when nothing was dropped. */
export function droppedText(t: T, drops: WidgetDrops | undefined): DroppedText | null {
  if (drops === undefined || !(drops.count > 0)) return null;
  const counts = { n: drops.count, total: Math.max(drops.of, drops.count) };
  const reason = drops.firstReason;
  return {
    short: [t('dropped.note', counts), reason ? t('dropped.first', { reason }) : '']
      .filter(Boolean)
      .join(' · '),
    spoken: `${t('dropped.spoken', counts)}${reason ? t('dropped.spokenReason', { reason }) : ''}`,
  };
}

/** Every record of the latest document was dropped. */
export function allDropped(drops: WidgetDrops | undefined): boolean {
  return drops !== undefined && drops.count > 0 && drops.count >= drops.of;
}
