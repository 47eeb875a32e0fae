import { type RefObject, useMemo, useRef } from 'react';
import type { A11yTable } from '../a11y/HiddenTable.js';
import { useReducedMotion } from '../a11y/useReducedMotion.js';
import { useT } from '../i18n/context.js';
import { useScreen } from '../screen/context.js';
import { useSizeOf } from '../screen/useBoxSize.js';
import { displayKeys, rowsThatFit, shouldScroll } from './compute.js';
import { type ScrollMotion, useScrollMotion } from './useScrollMotion.js';

/** One column of a ScrollBoard. */
export interface ScrollColumn {
  /** Field of the row this column shows. */
  key: string;
  /** Header text. */
  title: string;
  /** CSS grid track, e.g. '2fr' or '96px'; '1fr' by default. */
  width?: string;
  /** Right-aligned tabular figures. */
  numeric?: boolean;
}

/** One row: plain values by column key (strings are shown as text). */
export type ScrollRow = Record<string, string | number | null | undefined>;

/** Inputs of useScrollBoard. */
export interface ScrollBoardOptions {
  title: string;
  columns: ScrollColumn[];
  rows: ScrollRow[];
  rowKey?: string | undefined;
  visibleRows?: number | 'fit' | undefined;
  rowHeight?: number | undefined;
  speed?: number | undefined;
}

/** What ScrollBoard renders. */
export interface ScrollBoardModel extends ScrollMotion {
  /** Rows in display order with their React keys (a copy follows when scrolling). */
  display: { key: string; row: ScrollRow; copy: boolean }[];
  /** Whether the board moves. */
  scrolls: boolean;
  /** grid-template-columns for head and rows. */
  template: string;
  /** Row height in design px. */
  rowHeight: number;
  /** Viewport height in design px. */
  viewportHeight: number;
  /** Rows in view (measured with `visibleRows: 'fit'`). */
  visible: number;
  /** With `visibleRows: 'fit'`: the box to measure, which takes the height the layout gives. */
  roomRef: RefObject<HTMLDivElement | null> | undefined;
  /** Hidden table. */
  table: A11yTable;
}

/** Keys, duplication for the seamless wrap, and the motion loop of a ScrollBoard. */
export function useScrollBoard(o: ScrollBoardOptions): ScrollBoardModel {
  const t = useT();
  const reduced = useReducedMotion();
  const rowKey = o.rowKey ?? 'id';
  const rowHeight = o.rowHeight ?? 40;
  const fit = o.visibleRows === 'fit';
  const roomRef = useRef<HTMLDivElement | null>(null);
  const room = useSizeOf(roomRef);
  const visible =
    o.visibleRows === 'fit' ? rowsThatFit(room?.height ?? 0, rowHeight) : (o.visibleRows ?? 5);
  const speed = o.speed ?? 16;
  const scrolls = shouldScroll(o.rows.length, visible);
  const display = useMemo(() => {
    const byKey = new Map<string, ScrollRow>();
    const keys = o.rows.map((row, i) => {
      // A row without its key (or a repeated one) still gets a stable, unique key.
      let k = String(row[rowKey] ?? `#${i}`);
      while (byKey.has(k)) k = `${k}#${i}`;
      byKey.set(k, row);
      return k;
    });
    return displayKeys(keys, scrolls).map((key, i) => ({
      key,
      row: o.rows[i % o.rows.length] as ScrollRow,
      copy: i >= keys.length,
    }));
  }, [o.rows, rowKey, scrolls]);
  const loop = scrolls ? o.rows.length * rowHeight : 0;
  const { pixelRatio } = useScreen();
  const motion = useScrollMotion(loop, rowHeight, speed, scrolls && !reduced, pixelRatio);
  const table: A11yTable = {
    caption: t('table.caption', { title: o.title }),
    columns: o.columns.map((c) => c.title),
    rows: o.rows.map((r) => o.columns.map((c) => r[c.key] ?? '')),
  };
  return {
    ...motion,
    display,
    scrolls,
    template: o.columns.map((c) => c.width ?? '1fr').join(' '),
    rowHeight,
    viewportHeight: visible * rowHeight,
    visible,
    roomRef: fit ? roomRef : undefined,
    table,
  };
}
