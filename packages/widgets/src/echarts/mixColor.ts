/** Linear mix of two #rrggbb colours: t = 0 gives `a`, t = 1 gives `b`. */
export function mixColor(a: string, b: string, t: number): string {
  const pa = Number.parseInt(a.slice(1, 7), 16);
  const pb = Number.parseInt(b.slice(1, 7), 16);
  const w = Math.min(1, Math.max(0, t));
  let out = 0;
  for (const shift of [16, 8, 0]) {
    const ca = (pa >> shift) & 255;
    const cb = (pb >> shift) & 255;
    out |= Math.round(ca + (cb - ca) * w) << shift;
  }
  return `#${out.toString(16).padStart(6, '0')}`;
}
