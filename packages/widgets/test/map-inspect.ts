// Reads what an ECharts map drew with the SVG renderer: every visible text's box as the browser
// lays it out (real fonts), every marker's box from ECharts' own layout, and what overlaps.
import type { EChartsType } from 'echarts/core';

/** A box in page pixels. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A visible text of the chart. */
export interface TextBox extends Box {
  text: string;
}

/** A marker the chart drew. */
export interface MarkerBox extends Box {
  series: string;
  label: string;
}

const meet = (a: Box, b: Box, slack = 0.5) =>
  a.x + slack < b.x + b.w &&
  b.x + slack < a.x + a.w &&
  a.y + slack < b.y + b.h &&
  b.y + slack < a.y + a.h;

/** The visible `<text>` boxes of the chart's SVG, in page pixels. */
export function svgTexts(root: Element): TextBox[] {
  const svg = root.querySelector('.echarts-for-react svg');
  if (!svg) throw new Error('no SVG chart: render with renderer="svg"');
  return [...svg.querySelectorAll('text')]
    .filter((t) => (t.textContent ?? '').trim() !== '' && getComputedStyle(t).display !== 'none')
    .map((t) => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
    })
    .filter((b) => b.w > 0 && b.h > 0);
}

/**
 * Boxes of every symbol of the scatter series `seriesIds`, from ECharts' own positions
 * (convertToPixel of each data value) and sizes, in page pixels.
 */
export function markerBoxes(chart: EChartsType, seriesIds: readonly string[]): MarkerBox[] {
  const dom = chart.getDom().getBoundingClientRect();
  const zoom = dom.width / chart.getWidth();
  const option = chart.getOption() as {
    series: {
      id: string;
      symbolSize?: number;
      data: { value: number[]; symbolSize?: number; count?: number }[];
    }[];
  };
  return option.series
    .filter((s) => seriesIds.includes(s.id))
    .flatMap((s) =>
      s.data.map((d) => {
        const [x = 0, y = 0] = chart.convertToPixel({ seriesId: s.id }, d.value) as number[];
        const size = (d.symbolSize ?? s.symbolSize ?? 0) * zoom;
        return {
          series: s.id,
          label: (d.count ?? 1) > 1 ? String(d.count) : '',
          x: dom.x + x * zoom - size / 2,
          y: dom.y + y * zoom - size / 2,
          w: size,
          h: size,
        };
      }),
    );
}

/** Pairs of visible texts whose boxes intersect. */
export function overlappingTexts(texts: readonly TextBox[]): [string, string][] {
  const out: [string, string][] = [];
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) if (meet(a, b)) out.push([a.text, b.text]);
  });
  return out;
}

/**
 * Texts lying under a marker. A cluster's own count, centred on it, is part of the marker.
 */
export function textsUnderMarkers(texts: readonly TextBox[], markers: readonly MarkerBox[]) {
  return texts.flatMap((t) =>
    markers
      .filter((m) => meet(t, m))
      .filter((m) => {
        const own =
          m.label !== '' &&
          t.text === m.label &&
          Math.abs(t.x + t.w / 2 - (m.x + m.w / 2)) < 2 &&
          Math.abs(t.y + t.h / 2 - (m.y + m.h / 2)) < 3;
        return !own;
      })
      .map((m) => ({ text: t.text, marker: m.series })),
  );
}

/** An element's box in page pixels. */
export function pageBox(e: Element): Box {
  const r = e.getBoundingClientRect();
  return { x: r.x, y: r.y, w: r.width, h: r.height };
}

/** Texts under (or through) any of the given DOM elements' boxes. */
export function textsUnder(texts: readonly TextBox[], elements: readonly Element[]) {
  const boxes = elements.map((e) => pageBox(e));
  return texts.filter((t) => boxes.some((b) => meet(t, b))).map((t) => t.text);
}

/** Texts that leave the box. */
export function textsOutside(texts: readonly TextBox[], box: Box): string[] {
  return texts
    .filter(
      (t) =>
        t.x < box.x - 0.5 ||
        t.y < box.y - 0.5 ||
        t.x + t.w > box.x + box.w + 0.5 ||
        t.y + t.h > box.y + box.h + 0.5,
    )
    .map((t) => t.text);
}

/** The union of the drawn land: every SVG path larger than any marker. */
export function landBox(root: Element, minSide = 40): Box | null {
  const svg = root.querySelector('.echarts-for-react svg');
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of svg?.querySelectorAll('path') ?? []) {
    const r = p.getBoundingClientRect();
    if (r.width < minSide && r.height < minSide) continue;
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.right);
    y1 = Math.max(y1, r.bottom);
  }
  return Number.isFinite(x0) ? { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } : null;
}
