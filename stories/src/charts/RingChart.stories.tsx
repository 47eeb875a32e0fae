import { RingChart } from '@onescreen/widgets';
import type { Meta } from '@storybook/react-vite';
import { ringChartFixture as fx } from '../../../packages/widgets/test/fixtures/ringChart.js';
import { stateStory } from '../stateStory.js';

const meta = {
  title: 'Charts/RingChart',
  component: RingChart,
  args: fx.sample() as never,
} satisfies Meta<typeof RingChart>;
export default meta;

export const Ready = stateStory(fx, 'ready');
export const Stale = stateStory(fx, 'stale');
export const ErrorState = stateStory(fx, 'error');
export const Empty = stateStory(fx, 'empty');
export const Loading = stateStory(fx, 'loading');
