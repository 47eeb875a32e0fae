// Shanghai has kept UTC+8 all year since its last summer time ended, 1991-09-15 02:00 local.
/** The first instant from which Shanghai's offset has been a fixed +08:00. */
export const FIXED_OFFSET_SINCE = Date.UTC(1991, 8, 14, 17);
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/**
 * The Shanghai wall time of an instant as `YYYY-MM-DDTHH:MM:SS`, by plain arithmetic; undefined
 * before the offset was fixed (and for NaN), where callers ask Intl, which knows the old rules.
 */
export function shanghaiWall(ms: number): string | undefined {
  if (!(ms >= FIXED_OFFSET_SINCE) || !Number.isFinite(ms)) return undefined;
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19);
}
