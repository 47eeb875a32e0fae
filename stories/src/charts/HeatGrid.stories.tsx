import { HeatGrid } from '@onescreen/widgets';
import type { Meta } from '@storybook/react-vite';
import { heatGridFixture as fx } from '../../../packages/widgets/test/fixtures/heatGrid.js';
import { stateStory } from '../stateStory.js';

const meta = {
  title: 'Charts/HeatGrid',
  component: HeatGrid,
  args: fx.sample() as never,
} satisfies Meta<typeof HeatGrid>;
export default meta;

export const Ready = stateStory(fx, 'ready');
export const Stale = stateStory(fx, 'stale');
export const ErrorState = stateStory(fx, 'error');
export const Empty = stateStory(fx, 'empty');
export const Loading = stateStory(fx, 'loading');
