import { describe, expect, it } from 'vitest';
import { type AlertItem, alertRows, alertTime, openCounts } from '../src/AlertList/compute.js';

const T = Date.parse('2022-12-31T14:03:27+08:00');
const alert = (id: string, level: AlertItem['level'], time: number, acknowledged = false) => ({
  id,
  level,
  time,
  value: '1',
  text: id,
  acknowledged,
});

describe('alertRows', () => {
  it('puts alerts to acknowledge first, then the most urgent, then the newest', () => {
    const items = [
      alert('old-warning', 'warning', T - 60_000),
      alert('acked-critical', 'critical', T, true),
      alert('notice', 'notice', T),
      alert('new-warning', 'warning', T),
      alert('critical', 'critical', T - 120_000),
    ];
    expect(alertRows(items, 10).rows.map((r) => r.id)).toEqual([
      'critical',
      'new-warning',
      'old-warning',
      'notice',
      'acked-critical',
    ]);
  });

  it('shows the first `limit` and counts the rest', () => {
    const items = Array.from({ length: 7 }, (_, i) => alert(`a${i}`, 'warning', T + i));
    const { rows, more } = alertRows(items, 5);
    expect(rows.map((r) => r.id)).toEqual(['a6', 'a5', 'a4', 'a3', 'a2']);
    expect(more).toBe(2);
    expect(alertRows(items, -1)).toMatchObject({ rows: [], more: 7 });
  });

  it('leaves out what cannot be drawn as an alert, and duplicates', () => {
    const junk = [
      null,
      {},
      'x',
      { ...alert('bad-level', 'warning', T), level: 'panic' },
      { ...alert('no-text', 'warning', T), text: 5 },
      alert('ok', 'notice', T),
      alert('ok', 'critical', T),
    ] as unknown as AlertItem[];
    expect(alertRows(junk, 10).rows.map((r) => [r.id, r.level])).toEqual([['ok', 'notice']]);
    expect(openCounts(junk)).toEqual({ notice: 1, warning: 0, critical: 0 });
  });

  it('writes times as Shanghai wall time, whatever the machine zone', () => {
    expect(alertTime(T)).toBe('12-31 14:03');
    expect(alertTime(Date.parse('2022-12-31T23:59:00Z'))).toBe('01-01 07:59');
    expect(alertTime(Number.NaN)).toBe('—');
    expect(alertRows([alert('a', 'notice', T)], 1).rows[0]?.timeText).toBe('12-31 14:03');
  });
});
