import type { Ring } from './types.js';

/**
 * Round a ring's positions to `decimals` places, drop consecutive repeats and close it.
 * The ECharts city shapes sit on a 1/1024-degree grid (about 100 m) and repeat many vertices;
 * five decimals (about 1 m) loses nothing visible and keeps the files small.
 */
export function cleanRing(ring: Ring, decimals = 5): Ring {
  const k = 10 ** decimals;
  const out: Ring = [];
  for (const p of ring) {
    const x = Math.round((p[0] as number) * k) / k;
    const y = Math.round((p[1] as number) * k) / k;
    const last = out[out.length - 1];
    if (last && last[0] === x && last[1] === y) continue;
    out.push([x, y]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1]))
    out.push([first[0] as number, first[1] as number]);
  return out;
}
