import { afterEach, describe, expect, it } from 'vitest';
import { WidgetFrame } from '../src/frame/WidgetFrame.js';
import { FreshnessDots } from '../src/Header/FreshnessDots.js';
import { KpiCard } from '../src/KpiCard/KpiCard.js';
import { OnescreenProvider } from '../src/theme/OnescreenProvider.js';
import { tokens } from '../src/theme/tokens.js';
import { type Mounted, mount, stateOf, statuses, xss } from './base-harness.js';

// Dropped records are said on the widget and in the header: how many of how many, the first
// reason, and in the header's colour when the feed lost too many or all of them.
let m: Mounted | undefined;
afterEach(async () => {
  await m?.unmount();
  m = undefined;
});

const reason = '/data/cases/3: count: expected a non-negative integer, found -4';
const some = { count: 12, of: 40, firstReason: reason };
const all = { count: 40, of: 40, firstReason: reason };
const s = statuses('hotline');
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

const frame = (
  status: Parameters<typeof WidgetFrame>[0]['status'],
  lang: 'zh-CN' | 'en',
  empty = false,
) => (
  <OnescreenProvider lang={lang}>
    <WidgetFrame name="Probe" title="热线" status={status} empty={empty}>
      <p data-body="">body</p>
    </WidgetFrame>
  </OnescreenProvider>
);

describe('dropped records on a widget', () => {
  it('says how many of how many were dropped, with the first reason, in Chinese', async () => {
    m = await mount(frame({ ...s.ready, dropped: some }, 'zh-CN'));
    const root = m.el.querySelector('[data-widget="Probe"]') as HTMLElement;
    expect(stateOf(m.el, 'Probe')).toBe('ready');
    expect(root.dataset.dropped).toBe('12/40');
    const note = m.el.querySelector('.os-dropped') as HTMLElement;
    expect(note.querySelector('[aria-hidden]')?.textContent).toBe(
      `已丢弃 12/40 条 · 首个原因 ${reason}`,
    );
    expect(note.querySelector('.os-sr-only')?.textContent).toBe(
      `最新数据共 40 条记录，其中 12 条无效，已丢弃。首个原因：${reason}`,
    );
    expect(note.title).toBe(`已丢弃 12/40 条 · 首个原因 ${reason}`);
    expect(getComputedStyle(note).color).toBe(rgb(tokens.dark.colors.warn));
    expect(m.el.querySelector('[data-body]')).not.toBeNull();
  });

  it('says the same in English', async () => {
    m = await mount(frame({ ...s.ready, dropped: some }, 'en'));
    expect(m.el.querySelector('.os-dropped [aria-hidden]')?.textContent).toBe(
      `Dropped 12/40 · first reason ${reason}`,
    );
    expect(m.el.querySelector('.os-dropped .os-sr-only')?.textContent).toBe(
      `12 of the 40 records in the latest data were invalid and dropped. First reason: ${reason}`,
    );
  });

  it('shows no note when nothing was dropped', async () => {
    m = await mount(frame({ ...s.ready, dropped: { count: 0, of: 40 } }, 'zh-CN'));
    expect(m.el.querySelector('.os-dropped')).toBeNull();
    expect(m.el.querySelector('[data-widget="Probe"]')?.hasAttribute('data-dropped')).toBe(false);
  });

  it('when every record was dropped: an error in the screen language, the last data kept', async () => {
    m = await mount(frame({ ...s.error, dropped: all }, 'zh-CN'));
    expect(stateOf(m.el, 'Probe')).toBe('error');
    expect(m.el.querySelector('[role="alert"]')?.textContent).toBe(
      '数据源「hotline」异常：最新数据的 40 条记录全部无效，仍显示上次的有效数据',
    );
    expect(m.el.querySelector('[data-body]')).not.toBeNull();
    expect(m.el.querySelector('.os-dropped [aria-hidden]')?.textContent).toBe(
      `已丢弃 40/40 条 · 首个原因 ${reason}`,
    );
    await m.unmount();
    // With nothing good before it, the widget is empty and says why rather than only "no data".
    m = await mount(frame({ ...s.error, dropped: all }, 'en', true));
    expect(m.el.querySelector('[role="alert"]')?.textContent).toBe(
      'Feed "hotline" failed: all 40 records of the latest data are invalid',
    );
    expect(m.el.textContent).toContain('No data');
  });

  it('keeps a reason that looks like markup as text', async () => {
    m = await mount(frame({ ...s.ready, dropped: { count: 1, of: 2, firstReason: xss } }, 'zh-CN'));
    expect(m.el.querySelector('img')).toBeNull();
    expect(m.el.querySelector('.os-dropped')?.textContent).toContain(xss);
  });
});

describe('dropped records in the header', () => {
  it('turns a feed that lost too many records amber and says how many of how many on hover', async () => {
    const now = Date.now();
    m = await mount(
      <OnescreenProvider>
        <FreshnessDots
          feeds={[
            { label: '信访', status: { state: 'ready', updatedAt: now, dropped: some } },
            {
              label: '热线',
              status: {
                state: 'ready',
                updatedAt: now,
                dropped: { ...some, count: 21 },
                degraded: true,
              },
            },
            { label: '消防', status: { state: 'error', updatedAt: now, dropped: all } },
          ]}
        />
      </OnescreenProvider>,
    );
    const items = [...m.el.querySelectorAll('li')];
    const dot = (i: number) =>
      getComputedStyle(items[i]?.querySelector('.os-fresh__dot') as Element).backgroundColor;
    expect(dot(0)).toBe(rgb(tokens.dark.colors.good));
    expect(dot(1)).toBe(rgb(tokens.dark.colors.warn));
    expect(dot(2)).toBe(rgb(tokens.dark.colors.bad));
    expect(items.map((li) => li.dataset.health)).toEqual([undefined, 'degraded', undefined]);
    expect(items[1]?.title).toBe(`部分数据无效 · 刚刚 · 已丢弃 21/40 条 · 首个原因 ${reason}`);
    expect(items[2]?.title).toBe(`异常 · 刚刚 · 已丢弃 40/40 条 · 首个原因 ${reason}`);
    expect(items[0]?.querySelector('.os-sr-only')?.textContent).toBe(
      `正常 · 刚刚 · 最新数据共 40 条记录，其中 12 条无效，已丢弃。首个原因：${reason}`,
    );
  });
});

describe('a KPI never shows a unit without a number', () => {
  it.each([null, Number.NaN, Number.POSITIVE_INFINITY, 0, 864])('value %s', async (value) => {
    for (const status of [s.loading, s.ready, s.stale, s.error, { ...s.error, dropped: all }]) {
      m = await mount(
        <OnescreenProvider reducedMotion>
          <KpiCard label="信访总量" value={value} unit="件" status={status} />
        </OnescreenProvider>,
      );
      const unit = m.el.querySelector('.os-kpi__unit');
      const number = m.el.querySelector('.os-kpi__number')?.textContent ?? '';
      if (unit !== null) expect(number).toMatch(/\d/);
      if (value === 864 && status.state !== 'loading') expect(unit?.textContent).toBe('件');
      await m.unmount();
      m = undefined;
    }
  });
});
