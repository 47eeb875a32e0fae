import { CoverageMap } from '@onescreen/widgets';
import type { Meta } from '@storybook/react-vite';
import { coverageMapFixture as fx } from '../../../packages/widgets/test/fixtures/coverageMap.js';
import { stateStory } from '../stateStory.js';

const meta = {
  title: 'Maps/CoverageMap',
  component: CoverageMap,
  args: fx.sample() as never,
  parameters: { stageHeight: 600 },
} satisfies Meta<typeof CoverageMap>;
export default meta;

export const Ready = stateStory(fx, 'ready');
export const Stale = stateStory(fx, 'stale');
export const ErrorState = stateStory(fx, 'error');
export const Empty = stateStory(fx, 'empty');
export const Loading = stateStory(fx, 'loading');
