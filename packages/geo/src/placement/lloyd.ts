/** Points (cell centres) given as parallel coordinate arrays. */
export interface PointSet {
  xs: Float64Array;
  ys: Float64Array;
}

/**
 * Lloyd's relaxation over a discrete set of points: assign each point to its nearest site, move
 * each site to the mean of its points, repeat. Sites stay on the point set's centroid of a cell
 * group, and a final snap puts each on its nearest point, so a concave district never gets a
 * station outside it. Brute-force nearest site: n·sites per pass, fine for tens of stations.
 */
export function lloyd(
  points: PointSet,
  sites: [number, number][],
  iterations: number,
): [number, number][] {
  const { xs, ys } = points;
  const n = xs.length;
  const m = sites.length;
  let current = sites.map((s) => [s[0], s[1]] as [number, number]);
  for (let it = 0; it < iterations; it++) {
    const sx = new Float64Array(m);
    const sy = new Float64Array(m);
    const sn = new Float64Array(m);
    for (let p = 0; p < n; p++) {
      const k = nearest(current, xs[p] as number, ys[p] as number);
      sx[k] = (sx[k] as number) + (xs[p] as number);
      sy[k] = (sy[k] as number) + (ys[p] as number);
      sn[k] = (sn[k] as number) + 1;
    }
    current = current.map((s, k) =>
      (sn[k] as number) > 0
        ? [(sx[k] as number) / (sn[k] as number), (sy[k] as number) / (sn[k] as number)]
        : s,
    );
  }
  // Snap to the nearest point of the set: inside the district by construction.
  return current.map(([x, y]) => {
    let best = 0;
    let bd = Infinity;
    for (let p = 0; p < n; p++) {
      const d = ((xs[p] as number) - x) ** 2 + ((ys[p] as number) - y) ** 2;
      if (d < bd) {
        bd = d;
        best = p;
      }
    }
    return [xs[best] as number, ys[best] as number];
  });
}

function nearest(sites: readonly [number, number][], x: number, y: number): number {
  let best = 0;
  let bd = Infinity;
  for (let k = 0; k < sites.length; k++) {
    const s = sites[k] as [number, number];
    const d = (s[0] - x) ** 2 + (s[1] - y) ** 2;
    if (d < bd) {
      bd = d;
      best = k;
    }
  }
  return best;
}
