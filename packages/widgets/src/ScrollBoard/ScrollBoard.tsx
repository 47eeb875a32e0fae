import type { KeyboardEvent } from 'react';
import { guardWidget } from '../frame/guardWidget.js';
import type { WidgetStatus } from '../frame/types.js';
import { WidgetFrame } from '../frame/WidgetFrame.js';
import { useT } from '../i18n/context.js';
import { type ScrollColumn, type ScrollRow, useScrollBoard } from './useScrollBoard.js';

/** Props of ScrollBoard. */
export interface ScrollBoardProps {
  /** One-line title, e.g. "最新 12345 工单". */
  title: string;
  /** Columns, left to right. */
  columns: ScrollColumn[];
  /** Rows; updated rows keep their place on the board (keyed by `rowKey`). */
  rows: ScrollRow[];
  /** Field that identifies a row; 'id' by default. */
  rowKey?: string;
  /** Rows in view, 5 by default, or 'fit': as many whole rows as the slot's height holds. With this many rows or fewer the board stands still. */
  visibleRows?: number | 'fit';
  /** Row height in design px; 40 by default. */
  rowHeight?: number;
  /** Scroll speed in design px per second; 16 by default (a calm pace readable from afar). */
  speed?: number;
  /** Feed status. */
  status?: WidgetStatus;
  /** Extra class on the root. */
  className?: string;
}

/** A table that scrolls at a steady pace, pauses on hover and focus, and steps with arrow keys. */
export const ScrollBoard = guardWidget(
  'ScrollBoard',
  function ScrollBoard(props: ScrollBoardProps) {
    const t = useT();
    const m = useScrollBoard(props);
    const onKey = (e: KeyboardEvent): void => {
      if (!m.scrolls) return;
      const rows = {
        ArrowDown: 1,
        ArrowUp: -1,
        PageDown: m.visible,
        PageUp: -m.visible,
      }[e.key];
      if (rows === undefined) return;
      e.preventDefault();
      m.step(rows);
    };
    const cells = (row: ScrollRow) =>
      props.columns.map((c) => (
        <span key={c.key} className="os-scroll__cell" data-numeric={c.numeric || undefined}>
          {row[c.key] ?? ''}
        </span>
      ));
    // The moving rows are decoration for sighted readers; the hidden table carries the data.
    const viewport = (
      <div
        className="os-scroll__viewport"
        style={{ height: m.viewportHeight }}
        tabIndex={m.scrolls ? 0 : undefined}
        role="marquee"
        aria-label={t('scroll.label', { title: props.title })}
        onMouseEnter={() => m.setHover(true)}
        onMouseLeave={() => m.setHover(false)}
        onFocus={() => m.setFocus(true)}
        onBlur={() => m.setFocus(false)}
        onKeyDown={onKey}
        data-scrolling={m.scrolls || undefined}
      >
        <div className="os-scroll__track" ref={m.trackRef} aria-hidden="true">
          {m.display.map(({ key, row }) => (
            <div
              key={key}
              className="os-scroll__row"
              data-row-key={key}
              style={{ gridTemplateColumns: m.template, height: m.rowHeight }}
            >
              {cells(row)}
            </div>
          ))}
        </div>
      </div>
    );
    return (
      <WidgetFrame
        name="ScrollBoard"
        title={props.title}
        status={props.status}
        empty={props.rows.length === 0}
        table={m.table}
        className={props.className}
      >
        <div className="os-scroll" aria-hidden="true">
          <div className="os-scroll__head" style={{ gridTemplateColumns: m.template }}>
            {props.columns.map((c) => (
              <span key={c.key} className="os-scroll__cell" data-numeric={c.numeric || undefined}>
                {c.title}
              </span>
            ))}
          </div>
        </div>
        {m.roomRef ? (
          // 'fit': the room takes the height below the head; the viewport shows the whole rows it holds.
          <div className="os-scroll__room" ref={m.roomRef}>
            {viewport}
          </div>
        ) : (
          viewport
        )}
      </WidgetFrame>
    );
  },
  { shapes: { columns: 'list', rows: 'list' } },
);
