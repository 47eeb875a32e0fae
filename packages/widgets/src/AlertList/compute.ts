/** An alert's level: notice (for information), warning (attention soon), critical (act now). */
export type AlertListLevel = 'notice' | 'warning' | 'critical';

/** One alert as the list shows it; every string is text, never markup. */
export interface AlertItem {
  /** Stable id (the episode id): the key, and what acknowledging names. */
  id: string;
  /** Its level. */
  level: AlertListLevel;
  /** When it fired, epoch ms. */
  time: number;
  /** The place it concerns ("秀洲区"), or empty for the whole screen. */
  place?: string | undefined;
  /** The value with its unit ("146 件"). */
  value: string;
  /** The alert in plain words ("红灯督办件 146 件，已达到 100 件"). */
  text: string;
  /** An operator has acknowledged it. */
  acknowledged?: boolean | undefined;
}

/** An alert ready to draw: its place in the order and its time as Shanghai wall time. */
export interface AlertRow extends AlertItem {
  /** "12-31 14:03" in Asia/Shanghai. */
  timeText: string;
}

const urgency: Record<AlertListLevel, number> = { notice: 0, warning: 1, critical: 2 };

const shanghai = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A time as the list's short Shanghai wall time: "12-31 14:03"; "—" for no valid time. */
export function alertTime(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  const p = Object.fromEntries(shanghai.formatToParts(ms).map((x) => [x.type, x.value]));
  return `${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** Whether a value passed as an alert can be drawn as one (a portal may pass anything). */
function isAlert(a: unknown): a is AlertItem {
  if (typeof a !== 'object' || a === null) return false;
  const x = a as Record<string, unknown>;
  return (
    typeof x.id === 'string' &&
    typeof x.level === 'string' &&
    x.level in urgency &&
    typeof x.text === 'string' &&
    typeof x.value === 'string' &&
    (x.place === undefined || typeof x.place === 'string')
  );
}

/**
 * The alerts in the order a duty officer reads them: those still to acknowledge first, then
 * the most urgent, then the newest; the first `limit` are shown and the rest counted. Items
 * with an unknown level or a duplicate id are left out rather than drawn wrong.
 */
export function alertRows(
  items: readonly AlertItem[],
  limit: number,
): { rows: AlertRow[]; more: number } {
  const seen = new Set<string>();
  const sound = items.filter((a) => {
    if (!isAlert(a) || seen.has(a.id)) return false;
    seen.add(a.id);
    return true;
  });
  const sorted = sound
    .map((a) => ({ ...a, timeText: alertTime(a.time) }))
    .sort(
      (a, b) =>
        Number(a.acknowledged ?? false) - Number(b.acknowledged ?? false) ||
        urgency[b.level] - urgency[a.level] ||
        (Number.isFinite(b.time) ? b.time : 0) - (Number.isFinite(a.time) ? a.time : 0) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  const shown = Math.max(0, Math.floor(limit));
  return { rows: sorted.slice(0, shown), more: Math.max(0, sorted.length - shown) };
}

/** Counts per level of the alerts the list shows and nobody acknowledged, for the spoken summary. */
export function openCounts(items: readonly AlertItem[]): Record<AlertListLevel, number> {
  const out = { notice: 0, warning: 0, critical: 0 };
  for (const a of alertRows(items, Number.POSITIVE_INFINITY).rows)
    if (!a.acknowledged) out[a.level]++;
  return out;
}
