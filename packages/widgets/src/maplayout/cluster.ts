/** A point to draw, in pixels: its centre and the side of its symbol. */
export interface MarkerPoint {
  /** Stable id. */
  id: string;
  /** Centre, px. */
  x: number;
  /** Centre, px. */
  y: number;
  /** Symbol size, px. */
  size: number;
}

/** One marker after clustering: a single point, or several drawn as one with their count. */
export interface PointCluster {
  /** Ids of the points it stands for, in input order. */
  ids: string[];
  /** Centre (count-weighted mean of its points), px. */
  x: number;
  /** Centre, px. */
  y: number;
  /** Symbol size, px. */
  size: number;
}

/** The symbol size of a cluster of `count` points: grows with the count, gently. */
export function clusterSize(count: number): number {
  return Math.min(34, Math.round(18 + 4 * Math.log2(Math.max(1, count))));
}

/**
 * Merges markers that would touch at this scale (closer than half their sizes plus `gap`) into
 * clusters, until no two markers touch. Greedy and deterministic: in each pass the largest
 * clusters absorb their neighbours first (ties by input order), as map clusterers do per zoom
 * level; a spatial hash keeps each pass linear in the number of markers. Pure.
 */
export function clusterPoints(points: readonly MarkerPoint[], gap = 3): PointCluster[] {
  type Work = PointCluster & { order: number; count: number };
  let clusters: Work[] = points
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
    .map((p, order) => ({ ids: [p.id], x: p.x, y: p.y, size: p.size, order, count: 1 }));
  for (let pass = 0; pass < points.length + 1; pass++) {
    const reach = Math.max(1, ...clusters.map((c) => c.size)) + gap;
    const grid = new Map<string, Work[]>();
    const key = (cx: number, cy: number) => `${cx},${cy}`;
    for (const c of clusters) {
      const k = key(Math.floor(c.x / reach), Math.floor(c.y / reach));
      const list = grid.get(k);
      if (list) list.push(c);
      else grid.set(k, [c]);
    }
    const order = [...clusters].sort((a, b) => b.count - a.count || a.order - b.order);
    const absorbed = new Set<Work>();
    const next: Work[] = [];
    let merged = false;
    for (const c of order) {
      if (absorbed.has(c)) continue;
      const gx = Math.floor(c.x / reach);
      const gy = Math.floor(c.y / reach);
      const members = [c];
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const n of grid.get(key(gx + dx, gy + dy)) ?? []) {
            if (n === c || absorbed.has(n)) continue;
            if (Math.hypot(n.x - c.x, n.y - c.y) < (n.size + c.size) / 2 + gap) members.push(n);
          }
      for (const m of members) absorbed.add(m);
      if (members.length === 1) {
        next.push(c);
        continue;
      }
      merged = true;
      const count = members.reduce((s, m) => s + m.count, 0);
      members.sort((a, b) => a.order - b.order);
      next.push({
        ids: members.flatMap((m) => m.ids),
        x: members.reduce((s, m) => s + m.x * m.count, 0) / count,
        y: members.reduce((s, m) => s + m.y * m.count, 0) / count,
        size: clusterSize(count),
        order: (members[0] as Work).order,
        count,
      });
    }
    clusters = next;
    if (!merged) break;
  }
  return clusters
    .sort((a, b) => a.order - b.order)
    .map(({ ids, x, y, size }) => ({ ids, x, y, size }));
}
