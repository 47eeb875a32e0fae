import type { FieldDecl } from '@onescreen/core';
import { message } from '../messages.js';
import { type Place, type PlaceIndex, withoutPrefix } from '../places/place-index.js';
import { type Cell, type CellRead, cellText, fail } from './cell.js';

const CODE = /^[0-9A-Za-z][0-9A-Za-z_.-]{0,39}$/;
const placeLabel = (p: Place) => `${p.name} ${p.code}`;

/** A 12-digit statistics code (330109001000) as the adcode or town code it ends at. */
function fromStatsCode(text: string): string | undefined {
  if (!/^\d{12}$/.test(text)) return undefined;
  if (text.endsWith('000000')) return text.slice(0, 6);
  if (text.endsWith('000')) return text.slice(0, 9);
  return undefined;
}

/** The places a name can mean, trying "district + town" (萧山区城厢街道) when it is not one name. */
function candidates(name: string, index: PlaceIndex): readonly Place[] {
  const direct = index.byName.get(name);
  if (direct) return direct;
  for (const [head, places] of index.byName) {
    if (!name.startsWith(head) || name.length === head.length) continue;
    const districts = places.filter((p) => p.level === 'district');
    const towns = (index.byName.get(name.slice(head.length)) ?? []).filter(
      (t) => t.level === 'town' && districts.some((d) => t.code.startsWith(d.code)),
    );
    if (towns.length > 0) return towns;
  }
  return [];
}

/** Up to three known names that contain the text or that it contains: "did you mean". */
function closest(name: string, index: PlaceIndex): string[] {
  const out = new Set<string>();
  for (const [key, places] of index.byName) {
    if (key.length >= 2 && (key.includes(name) || name.includes(key))) {
      for (const p of places) out.add(p.name);
    }
    if (out.size >= 3) break;
  }
  return [...out].slice(0, 3);
}

/**
 * Reads a place cell: a code (6 or 9 digits, a 12-digit statistics code, a zone id) or a name,
 * full or short, with or without the province and city (杭州市萧山区, 萧山, 城厢街道). `within` is
 * the code this row's enclosing place field already holds (a town is looked up in its district).
 */
export function readPlace(
  field: FieldDecl,
  cell: Cell,
  index: PlaceIndex,
  within?: string,
): CellRead {
  const raw =
    typeof cell.value === 'number' ? String(Math.trunc(cell.value)) : cellText(cell.value);
  const allowed = field.values && field.values.length > 0 ? new Set(field.values) : undefined;
  const allowedNames = () =>
    [...(allowed ?? [])].map((c) =>
      index.byCode.get(c) ? placeLabel(index.byCode.get(c) as Place) : c,
    );
  const notListed = () =>
    fail({
      expected: message('expect.placeIn', { names: allowedNames() }),
      fix: message('fix.placeNotListed'),
    });
  const outside = () =>
    fail({
      expected: message('expect.place'),
      fix: message('fix.placeOutside', {
        district: index.byCode.get(within ?? '')?.name ?? within ?? '',
      }),
    });

  const stats = fromStatsCode(raw);
  if (stats !== undefined || (CODE.test(raw) && /\d/.test(raw))) {
    const code = stats ?? raw;
    if (allowed && !allowed.has(code)) return notListed();
    if (within !== undefined && field.within !== undefined && !code.startsWith(within)) {
      return outside();
    }
    const name = index.byCode.get(code)?.name;
    return {
      ok: true,
      value: code,
      ...(stats !== undefined ? { note: 'statsCode' as const } : {}),
      ...(name !== undefined ? { name } : {}),
    };
  }

  const found = candidates(withoutPrefix(raw), index);
  let fitting = found.filter((p) => !allowed || allowed.has(p.code));
  if (field.within !== undefined) {
    fitting = fitting.filter((p) => p.level === 'town');
    if (within !== undefined) {
      const inside = fitting.filter((p) => p.code.startsWith(within));
      if (inside.length === 0 && fitting.length > 0) return outside();
      fitting = inside;
    }
  }
  if (fitting.length === 1) {
    const place = fitting[0] as Place;
    return { ok: true, value: place.code, note: 'placeName', name: place.name };
  }
  if (fitting.length > 1) {
    return fail({
      expected: message('expect.place'),
      fix: message('fix.placeChoose', { names: fitting.map(placeLabel) }),
    });
  }
  if (found.length > 0 && allowed) return notListed();
  const near = closest(withoutPrefix(raw), index);
  return fail({
    expected: allowed
      ? message('expect.placeIn', { names: allowedNames() })
      : message('expect.place'),
    fix:
      near.length > 0
        ? message('fix.closest', { value: near.join(' / ') })
        : message('fix.placeUnknown'),
  });
}
