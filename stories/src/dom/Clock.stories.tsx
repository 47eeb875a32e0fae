import { clockFixture as fx } from '@onescreen/fixtures';
import { Clock } from '@onescreen/widgets';
import type { Meta } from '@storybook/react-vite';
import { lightStory, stateStory, usageStory, widgetParameters } from '../stateStory.js';
import { clockDocs as docs } from './Clock.docs.js';

const meta = {
  title: 'Widgets/Clock',
  component: Clock,
  args: fx.sample() as never,
  parameters: { ...widgetParameters(fx, docs), stageHeight: 64 },
} satisfies Meta<typeof Clock>;
export default meta;

// Takes no feed status: it is always ready.
export const Ready = stateStory(fx, 'ready');
export const Light = lightStory(fx);
export const Usage = usageStory(fx.name, docs);
