import { Clock } from '@onescreen/widgets';
import type { Meta } from '@storybook/react-vite';
import { clockFixture as fx } from '../../../packages/widgets/test/fixtures/header.js';
import { stateStory } from '../stateStory.js';

const meta = {
  title: 'Widgets/Clock',
  component: Clock,
  args: fx.sample() as never,
  parameters: { stageHeight: 64 },
} satisfies Meta<typeof Clock>;
export default meta;

// Takes no feed status: it is always ready.
export const Ready = stateStory(fx, 'ready');
