import type { StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import {
  type FixtureProps,
  propsFor,
  type WidgetFixture,
} from '../../packages/widgets/test/fixtures/fixture.js';
import type { WidgetState } from '../../packages/widgets/test/fixtures/status.js';

const titles: Record<WidgetState, string> = {
  loading: 'Loading 加载中',
  empty: 'Empty 无数据',
  error: 'Error 出错（保留上次数据）',
  stale: 'Stale 数据过期',
  ready: 'Ready 就绪',
};

/**
 * A story showing `fixture` in `state` with editable args; its play function checks that the
 * widget's root reports that state, so the story doubles as a browser test.
 */
export function stateStory(fixture: WidgetFixture, state: WidgetState): StoryObj<FixtureProps> {
  return {
    name: titles[state],
    // Widgets without a status prop are always ready: their story shows the sample as it is.
    args: fixture.states ? propsFor(fixture, state) : fixture.sample(),
    play: async ({ canvasElement }) => {
      const root = await waitFor(() => {
        const found = canvasElement.querySelector(`[data-widget="${fixture.name}"]`);
        if (!found) throw new Error(`no [data-widget="${fixture.name}"] yet`);
        return found;
      });
      await expect(root).toHaveAttribute('data-state', state);
    },
  };
}
