import { Header } from '@onescreen/widgets';
import type { Meta } from '@storybook/react-vite';
import { headerFixture as fx } from '../../../packages/widgets/test/fixtures/header.js';
import { stateStory } from '../stateStory.js';

const meta = {
  title: 'Widgets/Header',
  component: Header,
  args: fx.sample() as never,
  parameters: { stageHeight: 96, stageWidth: 1920 },
} satisfies Meta<typeof Header>;
export default meta;

// Takes no feed status: it is always ready.
export const Ready = stateStory(fx, 'ready');
