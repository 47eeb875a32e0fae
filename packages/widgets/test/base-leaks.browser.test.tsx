import { type ReactNode, StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { Carousel } from '../src/Carousel/Carousel.js';
import { Panel } from '../src/decor/Panel.js';
import { Header } from '../src/Header/Header.js';
import { KpiCard } from '../src/KpiCard/KpiCard.js';
import { ScrollBoard } from '../src/ScrollBoard/ScrollBoard.js';
import { StagePipeline } from '../src/StagePipeline/StagePipeline.js';
import { ScreenContainer } from '../src/screen/ScreenContainer.js';
import { TrafficLights } from '../src/TrafficLights/TrafficLights.js';
import { OnescreenProvider } from '../src/theme/OnescreenProvider.js';
import { trackListeners, trackTimers, wait } from './base-harness.js';

const h = (n: number) => Date.UTC(2022, 0, 1) + n * 3_600_000;
const cols = [
  { key: 'id', title: '工单' },
  { key: 'v', title: '值', numeric: true },
];

/** Each base widget with props that differ by `i`, so updates really change something. */
const widgets: [string, (i: number) => ReactNode][] = [
  ['KpiCard', (i) => <KpiCard label="信访" value={1000 + i} previous={900} unit="件" />],
  [
    'ScrollBoard',
    (i) => (
      <ScrollBoard
        title="工单"
        columns={cols}
        rows={Array.from({ length: 8 + (i % 3) }, (_, r) => ({ id: `c${r}`, v: r * i }))}
      />
    ),
  ],
  [
    'StagePipeline',
    (i) => (
      <StagePipeline
        cases={[
          { times: { received: h(0), assigned: h(1 + (i % 5)) } },
          { times: { received: h(i % 7) } },
        ]}
      />
    ),
  ],
  ['TrafficLights', (i) => <TrafficLights counts={{ red: i % 4, yellow: 3, green: 10 + i }} />],
  ['Header', (i) => <Header title={`杭嘉 ${i}`} />],
  [
    'Carousel',
    (i) => (
      <Carousel title="轮播" periodMs={1000 + i}>
        <p>a</p>
        <p>b</p>
      </Carousel>
    ),
  ],
  [
    'ScreenContainer',
    (i) => (
      <ScreenContainer mode={i % 2 ? 'fit' : 'cover'}>
        <Panel title="面板">{i}</Panel>
      </ScreenContainer>
    ),
  ],
];

describe('base widgets return everything they take', () => {
  for (const [name, render] of widgets) {
    it(`${name}: 500 mounts and 2,000 updates leave no timers, frames, listeners, observers or nodes`, async () => {
      const host = document.createElement('div');
      host.style.cssText = 'width:640px;height:360px';
      document.body.append(host);
      // React DOM adds one document 'selectionchange' listener for good with its first root:
      // warm it up so only what the widget adds is counted.
      const warm = createRoot(host);
      flushSync(() => warm.render(<OnescreenProvider>{render(0)}</OnescreenProvider>));
      warm.unmount();
      await wait(0);
      const nodes = document.querySelectorAll('*').length;
      const timers = trackTimers();
      const listeners = trackListeners();
      try {
        for (let i = 0; i < 500; i++) {
          const root = createRoot(host);
          flushSync(() => root.render(<OnescreenProvider>{render(i)}</OnescreenProvider>));
          if (i % 50 === 0) await wait(0); // let effects, observers and frames actually start
          root.unmount();
        }
        const root = createRoot(host);
        for (let i = 0; i < 2000; i++) {
          flushSync(() => root.render(<OnescreenProvider>{render(i)}</OnescreenProvider>));
          if (i % 200 === 0) await wait(0);
        }
        expect(host.querySelector(`[data-widget="${name}"], .os-screen`)).not.toBeNull();
        root.unmount();
        await wait(20);
        expect(timers.live()).toEqual({ timeouts: 0, intervals: 0, frames: 0 });
        expect(listeners.live(), listeners.describe().join('; ')).toEqual({
          listeners: 0,
          observers: 0,
        });
        expect(document.querySelectorAll('*').length).toBe(nodes);
      } finally {
        timers.restore();
        listeners.restore();
        host.remove();
      }
    });
  }
});

describe('base widgets under StrictMode', () => {
  it('mount twice-run effects cleanly: same states, nothing left behind', async () => {
    const host = document.createElement('div');
    host.style.cssText = 'width:640px;height:360px';
    document.body.append(host);
    const warm = createRoot(host); // React's one-time document listener, as above
    flushSync(() => warm.render(<p />));
    warm.unmount();
    const timers = trackTimers();
    const listeners = trackListeners();
    try {
      const root = createRoot(host);
      const all = (i: number) => (
        <StrictMode>
          <OnescreenProvider>
            {widgets.map(([name, render]) => (
              <div key={name}>{render(i)}</div>
            ))}
          </OnescreenProvider>
        </StrictMode>
      );
      for (let i = 0; i < 50; i++) {
        flushSync(() => root.render(all(i)));
        await wait(0);
      }
      const states = [...host.querySelectorAll('[data-widget]')].map((e) =>
        e.getAttribute('data-state'),
      );
      expect(states.length).toBeGreaterThanOrEqual(6);
      expect(states.every((s) => s === 'ready')).toBe(true);
      root.unmount();
      await wait(20);
      expect(timers.live()).toEqual({ timeouts: 0, intervals: 0, frames: 0 });
      expect(listeners.live(), listeners.describe().join('; ')).toEqual({
        listeners: 0,
        observers: 0,
      });
    } finally {
      timers.restore();
      listeners.restore();
      host.remove();
    }
  });
});
