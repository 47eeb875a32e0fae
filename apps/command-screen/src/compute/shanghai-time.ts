// China has kept UTC+8 all year since 1991, so shifting by a fixed 8 h gives Shanghai wall time
// without Intl and without depending on the machine's time zone.
const OFFSET_MS = 8 * 3_600_000;

/** Hour (0–23) and weekday (0 = Monday … 6 = Sunday) of an instant in Asia/Shanghai. */
export function shanghaiHourWeekday(epochMs: number): { hour: number; weekday: number } {
  const d = new Date(epochMs + OFFSET_MS);
  return { hour: d.getUTCHours(), weekday: (d.getUTCDay() + 6) % 7 };
}
