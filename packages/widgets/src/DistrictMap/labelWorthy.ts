import type { AreaCollection, EChartsProjection } from '@onescreen/geo';

type Box = [number, number, number, number];

function grow(box: Box, x: number, y: number): void {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return;
  box[0] = Math.min(box[0], x);
  box[1] = Math.min(box[1], y);
  box[2] = Math.max(box[2], x);
  box[3] = Math.max(box[3], y);
}

function visit(coords: unknown, fn: (x: number, y: number) => void): void {
  if (!Array.isArray(coords)) return;
  if (typeof coords[0] === 'number') fn(coords[0], coords[1] as number);
  else for (const c of coords) visit(c, fn);
}

/**
 * Codes of the districts big enough on screen to carry a label: those whose projected extent
 * spans at least `share` of the whole map's width or height. Small urban districts packed
 * together would otherwise print their names over each other; they keep tooltips and the table.
 */
export function labelWorthy(
  collection: AreaCollection,
  codes: readonly string[],
  projection: EChartsProjection,
  share = 0.08,
): Set<string> {
  const all: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const boxes = collection.features.map((f) => {
    const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
    visit(f.geometry.coordinates, (lon, lat) => {
      const [x = Number.NaN, y = Number.NaN] = projection.project([lon, lat]);
      grow(box, x, y);
      grow(all, x, y);
    });
    return box;
  });
  const width = all[2] - all[0];
  const height = all[3] - all[1];
  const worthy = new Set<string>();
  boxes.forEach((b, i) => {
    const code = codes[i];
    if (code !== undefined && (b[2] - b[0] >= share * width || b[3] - b[1] >= share * height))
      worthy.add(code);
  });
  return worthy;
}
