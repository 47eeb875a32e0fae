import { StagePipeline } from '@onescreen/widgets';
import type { Meta } from '@storybook/react-vite';
import { stagePipelineFixture as fx } from '../../../packages/widgets/test/fixtures/stagePipeline.js';
import { stateStory } from '../stateStory.js';

const meta = {
  title: 'Widgets/StagePipeline',
  component: StagePipeline,
  args: fx.sample() as never,
} satisfies Meta<typeof StagePipeline>;
export default meta;

export const Ready = stateStory(fx, 'ready');
export const Stale = stateStory(fx, 'stale');
export const ErrorState = stateStory(fx, 'error');
export const Empty = stateStory(fx, 'empty');
export const Loading = stateStory(fx, 'loading');
