/// <reference types="@vitest/browser-playwright" />
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ScrollBoard, type ScrollBoardProps } from '../src/ScrollBoard/ScrollBoard.js';
import type { ScrollRow } from '../src/ScrollBoard/useScrollBoard.js';
import { ScreenContainer } from '../src/screen/ScreenContainer.js';
import { OnescreenProvider } from '../src/theme/OnescreenProvider.js';
import { type Mounted, mount, stateOf, statuses, trackTimers, wait, xss } from './base-harness.js';

let m: Mounted | undefined;
afterEach(async () => {
  await m?.unmount();
  m = undefined;
});

const columns: ScrollBoardProps['columns'] = [
  { key: 'id', title: '工单号', width: '150px' },
  { key: 'town', title: '街道', width: '1fr' },
  { key: 'category', title: '类别', width: '1fr' },
  { key: 'hours', title: '用时(小时)', width: '110px', numeric: true },
];
const towns = [
  '银湖街道',
  '富春街道',
  '王店镇',
  '新塍镇',
  '油车港镇',
  '洪合镇',
  '高照街道',
  '王江泾镇',
];
const cats = ['城市管理', '生态环境', '市场监管', '劳动社保', '住房物业'];
const rows = (n: number, bump = 0): ScrollRow[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `YH2022-${String(i + 1).padStart(5, '0')}`,
    town: towns[i % towns.length],
    category: cats[i % cats.length],
    hours: ((i * 7) % 50) + 1 + bump,
  }));

const board = (p: Partial<ScrollBoardProps> = {}) => (
  <OnescreenProvider>
    <div style={{ width: 640 }}>
      <ScrollBoard title="最新 12345 工单" columns={columns} rows={rows(10)} speed={60} {...p} />
    </div>
  </OnescreenProvider>
);

// Where the track stands as drawn: its computed transform, whether a running animation or an
// inline style (standing still) puts it there.
const offsetOf = (el: HTMLElement): number => {
  const track = el.querySelector('.os-scroll__track') as HTMLElement;
  const matrix = new DOMMatrixReadOnly(getComputedStyle(track).transform);
  return Math.round(-matrix.m42 * 1000) / 1000 + 0;
};
const animationsOf = (el: HTMLElement) =>
  (el.querySelector('.os-scroll__track') as HTMLElement).getAnimations();

describe('ScrollBoard', () => {
  it('shows all five data states', async () => {
    const s = statuses('hotline');
    const cases = [
      [s.loading, 0, 'loading'],
      [s.ready, 10, 'ready'],
      [s.ready, 0, 'empty'],
      [s.stale, 10, 'stale'],
      [s.error, 10, 'error'],
    ] as const;
    for (const [status, n, want] of cases) {
      m = await mount(board({ status, rows: rows(n) }));
      expect(stateOf(m.el, 'ScrollBoard')).toBe(want);
      await m.unmount();
      m = undefined;
    }
  });

  it('scrolls, and an update keeps each row element and the position', async () => {
    m = await mount(board());
    const el = m.el;
    // The motion runs on animation frames (the first one only takes the time): wait for it to move.
    await expect.poll(() => offsetOf(el), { timeout: 5_000 }).toBeGreaterThan(0);
    const before = offsetOf(m.el);
    const rowEl = m.el.querySelector('[data-row-key="YH2022-00003"]');
    await m.rerender(board({ rows: rows(10, 5) }));
    // Same DOM node, new content: updated in place, not rebuilt.
    expect(m.el.querySelector('[data-row-key="YH2022-00003"]')).toBe(rowEl);
    expect(rowEl?.lastElementChild?.textContent).toBe(String(((2 * 7) % 50) + 1 + 5));
    expect(offsetOf(m.el)).toBeGreaterThanOrEqual(before);
    // Copies for the seamless wrap exist only while scrolling.
    expect(m.el.querySelectorAll('.os-scroll__row')).toHaveLength(20);
  });

  it('stands still with no duplicates when rows fit', async () => {
    const timers = trackTimers();
    try {
      m = await mount(board({ rows: rows(3) }));
      await wait(200);
      expect(m.el.querySelectorAll('.os-scroll__row')).toHaveLength(3);
      expect(offsetOf(m.el)).toBe(0);
      expect(timers.live().frames).toBe(0);
    } finally {
      timers.restore();
    }
  });

  it("'fit' shows as many whole rows as its slot holds, follows the slot's height, and scrolls the rest", async () => {
    const fitted = (height: number, n: number) => (
      <OnescreenProvider>
        <div data-slot="" style={{ width: 640, height, display: 'grid', gridTemplateRows: '1fr' }}>
          <ScrollBoard
            title="最新 12345 工单"
            columns={columns}
            rows={rows(n)}
            visibleRows="fit"
            rowHeight={40}
          />
        </div>
      </OnescreenProvider>
    );
    const viewport = () => m?.el.querySelector('.os-scroll__viewport') as HTMLElement;
    const room = () => m?.el.querySelector('.os-scroll__room') as HTMLElement;
    m = await mount(fitted(400, 20));
    await expect.poll(() => room()?.clientHeight ?? 0).toBeGreaterThan(0);
    // The room is the widget's body below the head; the viewport is its whole rows, no part-row.
    const first = room().clientHeight;
    expect(first).toBeGreaterThan(200);
    expect(viewport().clientHeight).toBe(Math.floor(first / 40) * 40);
    expect(viewport().getAttribute('data-scrolling')).toBe('true');
    // A taller slot shows more rows.
    (m.el.querySelector('[data-slot]') as HTMLElement).style.height = '600px';
    await expect
      .poll(() => viewport().clientHeight)
      .toBe(Math.floor(room().clientHeight / 40) * 40);
    expect(viewport().clientHeight).toBeGreaterThan(Math.floor(first / 40) * 40);
    // As many rows as fit or fewer: it stands still.
    await m.rerender(fitted(600, 3));
    await expect.poll(() => viewport().getAttribute('data-scrolling')).toBeNull();
  });

  it('pauses while hovered and while focused; arrow keys step a row', async () => {
    m = await mount(board());
    const viewport = m.el.querySelector('.os-scroll__viewport') as HTMLElement;
    await userEvent.hover(viewport);
    await wait(100);
    const held = offsetOf(m.el);
    await wait(300);
    expect(offsetOf(m.el)).toBe(held);
    await userEvent.unhover(viewport);
    const el = m.el;
    await expect.poll(() => offsetOf(el), { timeout: 5_000 }).toBeGreaterThan(held);
    viewport.focus();
    await wait(50);
    const focused = offsetOf(m.el);
    await userEvent.keyboard('{ArrowDown}');
    expect(offsetOf(m.el)).toBe(Math.round(focused / 40) * 40 + 40);
    await wait(300);
    expect(offsetOf(m.el)).toBe(Math.round(focused / 40) * 40 + 40);
    expect(viewport.getAttribute('role')).toBe('marquee');
    expect(viewport.tabIndex).toBe(0);
  });

  it('stops when rows shrink to fit, and resumes from where it was when they grow', async () => {
    m = await mount(board());
    const el = m.el;
    await expect.poll(() => offsetOf(el), { timeout: 5_000 }).toBeGreaterThan(0);
    await m.rerender(board({ rows: rows(4) }));
    expect(m.el.querySelectorAll('.os-scroll__row')).toHaveLength(4);
    expect(offsetOf(m.el)).toBe(0);
    expect(m.el.querySelector('.os-scroll__viewport')?.hasAttribute('tabindex')).toBe(false);
    await m.rerender(board({ rows: rows(12) }));
    await expect.poll(() => el.querySelectorAll('.os-scroll__row').length).toBe(24);
    await expect.poll(() => offsetOf(el), { timeout: 5_000 }).toBeGreaterThan(0);
  });

  it('does not move under reduced motion, but arrow keys still page it', async () => {
    const timers = trackTimers();
    try {
      m = await mount(
        <OnescreenProvider reducedMotion>
          <ScrollBoard title="工单" columns={columns} rows={rows(10)} speed={60} />
        </OnescreenProvider>,
      );
      await wait(300);
      expect(offsetOf(m.el)).toBe(0);
      expect(timers.live().frames).toBe(0);
      (m.el.querySelector('.os-scroll__viewport') as HTMLElement).focus();
      await userEvent.keyboard('{PageDown}');
      expect(offsetOf(m.el)).toBe(200);
    } finally {
      timers.restore();
    }
  });

  it('moves in whole device pixels inside a scaled screen, so text stays sharp', async () => {
    m = await mount(
      <OnescreenProvider>
        <ScreenContainer>
          <div style={{ width: 640 }}>
            <ScrollBoard title="工单" columns={columns} rows={rows(10)} speed={37} />
          </div>
        </ScreenContainer>
      </OnescreenProvider>,
      'position:absolute;left:0;top:0;width:1280px;height:720px',
    );
    for (let i = 0; i < 5; i++) {
      await wait(70);
      const track = (
        m.el.querySelector('.os-scroll__track') as HTMLElement
      ).getBoundingClientRect();
      const view = (
        m.el.querySelector('.os-scroll__viewport') as HTMLElement
      ).getBoundingClientRect();
      const devicePx = (track.top - view.top) * window.devicePixelRatio;
      expect(Math.abs(devicePx - Math.round(devicePx))).toBeLessThan(0.02);
    }
  });

  it('moves by one compositor animation, no frame loop, and leaves nothing after unmount', async () => {
    const timers = trackTimers();
    try {
      m = await mount(board());
      const el = m.el;
      await expect.poll(() => offsetOf(el), { timeout: 5_000 }).toBeGreaterThan(0);
      // The page runs no loop of its own: one animation of the track's transform moves it.
      expect(timers.live().frames).toBe(0);
      const [run, ...others] = animationsOf(el);
      expect(others).toEqual([]);
      expect(run?.playState).toBe('running');
      const track = el.querySelector('.os-scroll__track') as HTMLElement;
      await m.unmount();
      m = undefined;
      await wait(50);
      expect(track.getAnimations()).toEqual([]);
      expect(timers.live()).toEqual({ timeouts: 0, intervals: 0, frames: 0 });
    } finally {
      timers.restore();
    }
  });

  it('renders hostile cells and headers as text, in the board and the hidden table', async () => {
    m = await mount(
      board({
        title: xss,
        columns: [{ key: 'a', title: xss }],
        rows: [{ id: xss, a: xss }],
      }),
    );
    await wait(50);
    expect(m.el.querySelector('img')).toBeNull();
    expect((window as { __xss?: number }).__xss).toBeUndefined();
    expect(m.el.querySelector('.os-scroll__row .os-scroll__cell')?.textContent).toBe(xss);
    expect(m.el.querySelector('[data-a11y-table] td')?.textContent).toBe(xss);
  });

  it('screenshot', async () => {
    m = await mount(
      <OnescreenProvider reducedMotion>
        <div style={{ width: 640, padding: 12 }}>
          <ScrollBoard
            title="最新 12345 工单"
            columns={columns}
            rows={rows(10)}
            status={statuses('hotline').ready}
          />
        </div>
      </OnescreenProvider>,
      'display:inline-block',
    );
    await page.screenshot({ element: m.el, path: '../docs/screenshots/ScrollBoard.png' });
  });
});
