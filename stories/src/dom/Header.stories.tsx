import { headerFixture as fx } from '@onescreen/fixtures';
import { Header } from '@onescreen/widgets';
import type { Meta } from '@storybook/react-vite';
import { lightStory, stateStory, usageStory, widgetParameters } from '../stateStory.js';
import { headerDocs as docs } from './Header.docs.js';

const meta = {
  title: 'Widgets/Header',
  component: Header,
  args: fx.sample() as never,
  parameters: { ...widgetParameters(fx, docs), stageHeight: 96, stageWidth: 1920 },
} satisfies Meta<typeof Header>;
export default meta;

// Takes no feed status: it is always ready.
export const Ready = stateStory(fx, 'ready');
export const Light = lightStory(fx);
export const Usage = usageStory(fx.name, docs);
