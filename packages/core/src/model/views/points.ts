import { z } from 'zod';
import { fieldOf } from '../frame.js';
import { valueWithUnit } from '../text.js';
import { anyField, need, numberOf, numeric } from '../transforms/define.js';
import { contextOf, defineView } from './define.js';

/** How a points view reads its rows. */
export const pointsSpec = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    lon: z.string().min(1).describe('A longitude field (GCJ-02)'),
    lat: z.string().min(1).describe('A latitude field (GCJ-02)'),
    place: z.string().min(1).optional().describe('The place each point lies in'),
    radius: z
      .union([z.string().min(1), z.number().positive()])
      .optional()
      .describe('km: a field or one number'),
    group: z
      .string()
      .min(1)
      .optional()
      .describe('A category that styles the points (central / sub)'),
    detail: z
      .array(z.string().min(1))
      .max(12)
      .optional()
      .describe('Fields shown on the detail card'),
  })
  .strict();

/** A points mapping as written. */
export type PointsSpec = z.infer<typeof pointsSpec>;

/** Points with their details; a point without a finite position is left out. */
export const pointsView = defineView({
  kind: 'points',
  schema: pointsSpec,
  check(spec, shape) {
    need(shape, spec.id, ['id'], anyField);
    need(shape, spec.name, ['name'], anyField);
    need(shape, spec.lon, ['lon'], numeric);
    need(shape, spec.lat, ['lat'], numeric);
    if (spec.place) need(shape, spec.place, ['place'], anyField);
    if (typeof spec.radius === 'string') need(shape, spec.radius, ['radius'], numeric);
    if (spec.group) need(shape, spec.group, ['group'], anyField);
    for (const [i, d] of (spec.detail ?? []).entries()) need(shape, d, ['detail', i], anyField);
  },
  build(spec, frame, context) {
    const points = frame.rows.flatMap((r) => {
      const lon = numberOf(r[spec.lon]);
      const lat = numberOf(r[spec.lat]);
      if (lon === null || lat === null) return [];
      const radius =
        typeof spec.radius === 'number'
          ? spec.radius
          : spec.radius
            ? numberOf(r[spec.radius])
            : null;
      const place = spec.place ? r[spec.place] : undefined;
      const group = spec.group ? r[spec.group] : undefined;
      return [
        {
          id: String(r[spec.id]),
          name: String(r[spec.name] ?? ''),
          lon,
          lat,
          ...(typeof place === 'string' ? { place } : {}),
          ...(typeof group === 'string' ? { group } : {}),
          ...(radius === null ? {} : { radiusKm: radius }),
          detail: (spec.detail ?? []).map((d) => {
            const decl = fieldOf(frame, d);
            return {
              label: decl?.label ?? { 'zh-CN': d, en: d },
              text: valueWithUnit(r[d], decl, r, context),
            };
          }),
        },
      ];
    });
    return { kind: 'points', points, ...contextOf(frame, context) };
  },
});
