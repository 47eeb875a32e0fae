/// <reference types="@vitest/browser-playwright" />
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { WidgetFrame } from '../src/frame/WidgetFrame.js';
import { OnescreenProvider } from '../src/theme/OnescreenProvider.js';
import { tokens } from '../src/theme/tokens.js';
import { type Mounted, mount, stateOf, statuses, xss } from './base-harness.js';

let m: Mounted | undefined;
afterEach(async () => {
  await m?.unmount();
  m = undefined;
});

const s = statuses('petitions');
const table = { caption: '信访数据表', columns: ['月份', '件数'], rows: [['1月', 80]] };

function Boom(): never {
  throw new Error('bad row <b>x</b>');
}

describe('WidgetFrame', () => {
  it('shows each of the five states on its root', async () => {
    const cases = [
      [s.loading, false, 'loading'],
      [s.ready, false, 'ready'],
      [s.ready, true, 'empty'],
      [s.stale, false, 'stale'],
      [s.error, false, 'error'],
    ] as const;
    for (const [status, empty, want] of cases) {
      m = await mount(
        <OnescreenProvider>
          <WidgetFrame name="Probe" title="信访总量" status={status} empty={empty} table={table}>
            <p data-body="">body</p>
          </WidgetFrame>
        </OnescreenProvider>,
      );
      expect(stateOf(m.el, 'Probe')).toBe(want);
      const root = m.el.querySelector('[data-widget="Probe"]');
      expect(root?.getAttribute('role')).toBe('region');
      expect(root?.getAttribute('aria-label')).toBe('信访总量');
      expect(m.el.querySelector('[data-a11y-table] caption')?.textContent).toBe('信访数据表');
      if (want === 'loading') {
        expect(m.el.querySelector('.os-skeleton')).not.toBeNull();
        expect(m.el.querySelector('[data-body]')).toBeNull();
      }
      if (want === 'empty') expect(m.el.textContent).toContain('暂无数据');
      if (want === 'stale') {
        expect(m.el.querySelector('.os-age')?.textContent).toBe('数据更新于 5 分钟前');
        expect(m.el.querySelector('.os-age')?.hasAttribute('data-stale')).toBe(true);
      }
      if (want === 'error') {
        // Names the feed and the problem, and keeps the last good data on screen.
        expect(m.el.querySelector('[role="alert"]')?.textContent).toBe(
          '数据源「petitions」异常：HTTP 503: 字段 data.cases 缺失',
        );
        expect(m.el.querySelector('[data-body]')).not.toBeNull();
      }
      await m.unmount();
      m = undefined;
    }
  });

  it('the skeleton shimmers, except under prefers-reduced-motion', async () => {
    const skeleton = async () => {
      m = await mount(
        <OnescreenProvider>
          <WidgetFrame name="Probe" status={s.loading}>
            <p />
          </WidgetFrame>
        </OnescreenProvider>,
      );
      const name = getComputedStyle(
        m.el.querySelector('.os-skeleton__bar') as Element,
      ).animationName;
      await m.unmount();
      m = undefined;
      return name;
    };
    expect(await skeleton()).toBe('os-shimmer');
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-reduced-motion', value: 'reduce' }],
    });
    try {
      expect(await skeleton()).toBe('none');
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  it('speaks English when asked', async () => {
    m = await mount(
      <OnescreenProvider lang="en">
        <WidgetFrame name="Probe" status={s.stale} empty>
          <p />
        </WidgetFrame>
      </OnescreenProvider>,
    );
    expect(m.el.textContent).toContain('No data');
    expect(m.el.textContent).toContain('Updated 5 min ago');
  });

  it('a throwing body becomes an error state; siblings keep running', async () => {
    m = await mount(
      <OnescreenProvider>
        <WidgetFrame name="Broken" title="坏的">
          <Boom />
        </WidgetFrame>
        <WidgetFrame name="Fine" title="好的">
          <p data-fine="">ok</p>
        </WidgetFrame>
      </OnescreenProvider>,
    );
    expect(stateOf(m.el, 'Broken')).toBe('error');
    expect(m.el.querySelector('[data-widget="Broken"] [role="alert"]')?.textContent).toBe(
      '组件渲染出错：bad row <b>x</b>',
    );
    expect(m.el.querySelector('[data-widget="Broken"] b')).toBeNull();
    expect(stateOf(m.el, 'Fine')).toBe('ready');
    expect(m.el.querySelector('[data-fine]')?.textContent).toBe('ok');
  });

  it('new data clears a render error', async () => {
    const body = (fail: boolean) => (fail ? <Boom /> : <p data-body="">ok</p>);
    const tree = (fail: boolean, at: number) => (
      <OnescreenProvider>
        <WidgetFrame name="Probe" status={{ state: 'ready', updatedAt: at }}>
          {body(fail)}
        </WidgetFrame>
      </OnescreenProvider>
    );
    m = await mount(tree(true, 1));
    expect(stateOf(m.el, 'Probe')).toBe('error');
    await m.rerender(tree(false, 2));
    expect(stateOf(m.el, 'Probe')).toBe('ready');
    expect(m.el.querySelector('[data-body]')).not.toBeNull();
  });

  it('renders hostile feed strings as text everywhere', async () => {
    m = await mount(
      <OnescreenProvider>
        <WidgetFrame
          name="Probe"
          title={xss}
          status={{ state: 'error', feed: xss, error: xss }}
          table={{ caption: xss, columns: [xss], rows: [[xss]] }}
        >
          <p>{xss}</p>
        </WidgetFrame>
      </OnescreenProvider>,
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(m.el.querySelector('img')).toBeNull();
    expect((window as { __xss?: number }).__xss).toBeUndefined();
    expect(m.el.querySelector('h2')?.textContent).toBe(xss);
  });

  it('CSS variables match the theme tokens in both themes', async () => {
    for (const theme of ['dark', 'light'] as const) {
      m = await mount(
        <OnescreenProvider theme={theme}>
          <span data-probe="" />
        </OnescreenProvider>,
      );
      const probe = m.el.querySelector('[data-probe]') as HTMLElement;
      const c = tokens[theme].colors;
      const pairs: [string, string][] = [
        ['--os-bg', c.bg],
        ['--os-panel', c.panel],
        ['--os-border', c.border],
        ['--os-accent', c.accent],
        ['--os-text', c.text],
        ['--os-muted', c.muted],
        ['--os-grid', c.grid],
        ['--os-good', c.good],
        ['--os-bad', c.bad],
        ['--os-warn', c.warn],
        ...c.series.map((v, i): [string, string] => [`--os-series-${i + 1}`, v]),
        ...Object.entries(c.level).map(([level, v]): [string, string] => [
          `--os-level-${level}`,
          v,
        ]),
      ];
      for (const [name, hex] of pairs) {
        expect(
          getComputedStyle(probe).getPropertyValue(name).trim().toLowerCase(),
          `${theme} ${name}`,
        ).toBe(hex);
      }
      await m.unmount();
      m = undefined;
    }
  });
});
