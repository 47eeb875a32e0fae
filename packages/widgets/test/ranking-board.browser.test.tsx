import { statusFor, widgetStates } from '@onescreen/fixtures/status';
import { afterEach, describe, expect, it } from 'vitest';
import { RankingBoard } from '../src/RankingBoard/RankingBoard.js';
import {
  cycle,
  expectState,
  type Mounted,
  mount,
  onWall,
  saveScreenshot,
  xssRan,
} from './echarts.harness.js';

const items = [
  { name: '宁围街道', value: 128 },
  { name: '蜀山街道', value: 97 },
  { name: '北干街道', value: 88 },
  { name: '城厢街道', value: 76 },
  { name: '靖江街道', value: 64 },
  { name: '进化镇', value: 41 },
];
const xss = '<img src=x onerror="window.__xss=1">';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('RankingBoard in Chromium', () => {
  for (const state of widgetStates) {
    it(`shows data-state="${state}"`, async () => {
      const list = state === 'empty' || state === 'loading' ? [] : items;
      mounted = mount(
        <RankingBoard title="镇街信访量" items={list} status={statusFor(state, 'petitions')} />,
      );
      await expectState(mounted.box, state);
    });
  }

  it('draws bars in proportion to the largest value, names as text', async () => {
    mounted = mount(
      <RankingBoard title={xss} unit={xss} items={[...items, { name: xss, value: 64 }]} />,
    );
    const bars = [...mounted.box.querySelectorAll<HTMLElement>('[data-bar]')];
    // The drawn length against the track (a bar is the track scaled to its share).
    const share = (b: HTMLElement | undefined) =>
      (b?.getBoundingClientRect().width ?? 0) /
      (b?.parentElement?.getBoundingClientRect().width ?? 1);
    expect(share(bars[0])).toBeCloseTo(1, 3);
    expect(share(bars[1])).toBeCloseTo(97 / 128, 3);
    // A new value glides by transform, which the compositor runs, never by a laid-out width.
    expect(getComputedStyle(bars[1] as HTMLElement).transitionProperty).toBe('transform');
    expect([...mounted.box.querySelectorAll('li')].map((li) => li.dataset.rank)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '5',
      '7',
    ]);
    expect(mounted.box.textContent).toContain(xss);
    expect(mounted.box.querySelector('img')).toBeNull();
    expect(xssRan()).toBe(false);
  });

  it('screenshot', async () => {
    mounted = mount(
      onWall(
        <RankingBoard title="萧山区 镇街信访量（2021年）" unit="件" items={items} />,
        480,
        300,
      ),
      480,
      300,
    );
    await saveScreenshot(mounted.box, 'RankingBoard');
  });

  it('survives StrictMode and 50 quick mount/unmount cycles without errors', async () => {
    expect(await cycle(<RankingBoard title="镇街信访量" items={items} />)).toEqual([]);
  });
});
