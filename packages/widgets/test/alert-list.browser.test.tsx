import { statusFor } from '@onescreen/fixtures/status';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { AlertList } from '../src/AlertList/AlertList.js';
import type { AlertItem } from '../src/AlertList/compute.js';
import { OnescreenProvider } from '../src/theme/OnescreenProvider.js';
import { type Mounted, mount, stateOf, xss } from './base-harness.js';

let m: Mounted | undefined;
afterEach(async () => {
  await m?.unmount();
  m = undefined;
});

const T = Date.parse('2022-12-31T14:03:27+08:00');
const alerts: AlertItem[] = [
  {
    id: 'red',
    level: 'warning',
    time: T - 60_000,
    value: '146 件',
    text: '红灯督办件 146 件，已达到 100 件',
  },
  {
    id: 'rise',
    level: 'critical',
    time: T,
    place: '秀洲区',
    value: '12.3 %',
    text: '秀洲区 涉纪信访量同比 12.3 %，已超过 10 %',
  },
];

describe('AlertList', () => {
  it('shows all five data states', async () => {
    const list = [
      [statusFor('loading', 'hotline'), [], 'loading'],
      [statusFor('ready', 'hotline'), alerts, 'ready'],
      [statusFor('ready', 'hotline'), [], 'empty'],
      [statusFor('stale', 'hotline'), alerts, 'stale'],
      [statusFor('error', 'hotline'), alerts, 'error'],
    ] as const;
    for (const [status, items, want] of list) {
      m = await mount(
        <OnescreenProvider>
          <AlertList alerts={items} status={status} />
        </OnescreenProvider>,
      );
      expect(stateOf(m.el, 'AlertList')).toBe(want);
      // No alerts is said as such, not as missing data.
      if (want === 'empty') expect(m.el.querySelector('.os-empty')?.textContent).toBe('暂无告警');
      await m.unmount();
      m = undefined;
    }
  });

  it('shows level, time, place, value and words, edged in the level colour', async () => {
    m = await mount(
      <OnescreenProvider>
        <AlertList alerts={alerts} />
      </OnescreenProvider>,
    );
    const rows = [...m.el.querySelectorAll<HTMLElement>('.os-alerts__item')];
    expect(rows.map((r) => r.dataset.alertId)).toEqual(['rise', 'red']);
    expect(rows[0]?.textContent).toBe(
      '告警12-31 14:03秀洲区12.3 %秀洲区 涉纪信访量同比 12.3 %，已超过 10 %',
    );
    expect(rows[1]?.querySelector('.os-alerts__place')?.textContent).toBe('全域');
    expect(getComputedStyle(rows[0] as Element).borderLeftColor).toBe('rgb(255, 107, 107)');
    expect(getComputedStyle(rows[1] as Element).borderLeftColor).toBe('rgb(255, 181, 71)');
    // The critical alert nobody acknowledged pulses; the warning does not.
    // Its edge glows on a pseudo-element whose opacity moves (composited, no repaint).
    expect(getComputedStyle(rows[0] as Element, '::after').animationName).toBe('os-alert-pulse');
    expect(getComputedStyle(rows[1] as Element, '::after').animationName).toBe('none');
    const cells = [...m.el.querySelectorAll('[data-a11y-table] td')].map((c) => c.textContent);
    expect(cells.slice(0, 6)).toEqual([
      '12-31 14:03',
      '告警',
      '秀洲区',
      '12.3 %',
      '秀洲区 涉纪信访量同比 12.3 %，已超过 10 %',
      '未确认',
    ]);
    expect(m.el.querySelector('[aria-live]')?.textContent).toBe(
      '2 条告警未确认：告警 1 条，预警 1 条，提示 0 条',
    );
  });

  it('acknowledges by click when attended, and has no buttons when not (kiosk)', async () => {
    const acked: string[] = [];
    const tree = (items: AlertItem[], attended: boolean) => (
      <OnescreenProvider lang="en">
        <AlertList alerts={items} onAcknowledge={attended ? (id) => acked.push(id) : undefined} />
      </OnescreenProvider>
    );
    m = await mount(tree(alerts, true));
    const buttons = [...m.el.querySelectorAll<HTMLButtonElement>('.os-alerts__ack')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Acknowledge alert: 秀洲区 涉纪信访量同比 12.3 %，已超过 10 %',
      'Acknowledge alert: 红灯督办件 146 件，已达到 100 件',
    ]);
    buttons[1]?.click();
    expect(acked).toEqual(['red']);
    await m.rerender(
      tree([alerts[0] as AlertItem, { ...(alerts[1] as AlertItem), acknowledged: true }], true),
    );
    const rows = [...m.el.querySelectorAll<HTMLElement>('.os-alerts__item')];
    // Acknowledged goes to the bottom, says so and stops pulsing.
    expect(rows.map((r) => [r.dataset.alertId, r.dataset.acknowledged ?? null])).toEqual([
      ['red', null],
      ['rise', 'true'],
    ]);
    expect(rows[1]?.querySelector('.os-alerts__acked')?.textContent).toBe('Acknowledged');
    expect(getComputedStyle(rows[1] as Element, '::after').animationName).toBe('none');
    await m.rerender(tree(alerts, false));
    expect(m.el.querySelectorAll('button')).toHaveLength(0);
  });

  it('does not pulse under reduced motion, and counts what it does not show', async () => {
    const many = Array.from({ length: 7 }, (_, i) => ({
      ...(alerts[1] as AlertItem),
      id: `c${i}`,
    }));
    m = await mount(
      <OnescreenProvider reducedMotion>
        <AlertList alerts={many} limit={3} />
      </OnescreenProvider>,
    );
    const first = m.el.querySelector('.os-alerts__item') as Element;
    expect(first.getAttribute('data-level')).toBe('critical');
    expect(getComputedStyle(first, '::after').animationName).toBe('none');
    expect(m.el.querySelectorAll('.os-alerts__item')).toHaveLength(3);
    expect(m.el.querySelector('.os-alerts__more')?.textContent).toBe('另有 4 条');
  });

  it('renders hostile text as text', async () => {
    m = await mount(
      <OnescreenProvider>
        <AlertList
          title={xss}
          alerts={[{ id: xss, level: 'critical', time: T, place: xss, value: xss, text: xss }]}
          onAcknowledge={() => {}}
        />
      </OnescreenProvider>,
    );
    expect(m.el.querySelector('img')).toBeNull();
    expect(m.el.querySelector('.os-alerts__text')?.textContent).toBe(xss);
  });

  it('screenshot', async () => {
    m = await mount(
      <OnescreenProvider reducedMotion>
        <div style={{ width: 480, height: 240, padding: 12, display: 'grid' }}>
          <AlertList
            alerts={[
              ...alerts,
              { ...(alerts[0] as AlertItem), id: 'old', level: 'notice', acknowledged: true },
            ]}
            onAcknowledge={() => {}}
          />
        </div>
      </OnescreenProvider>,
      'display:inline-block',
    );
    await page.screenshot({ element: m.el, path: '../docs/screenshots/AlertList.png' });
  });
});
