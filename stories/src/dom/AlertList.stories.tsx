import { alertListFixture as fx } from '@onescreen/fixtures';
import { AlertList } from '@onescreen/widgets';
import type { Meta } from '@storybook/react-vite';
import { lightStory, stateStory, usageStory, widgetParameters } from '../stateStory.js';
import { alertListDocs as docs } from './AlertList.docs.js';

const meta = {
  title: 'Widgets/AlertList',
  component: AlertList,
  args: fx.sample() as never,
  parameters: widgetParameters(fx, docs),
} satisfies Meta<typeof AlertList>;
export default meta;

export const Ready = stateStory(fx, 'ready');
export const Stale = stateStory(fx, 'stale');
export const ErrorState = stateStory(fx, 'error');
export const Empty = stateStory(fx, 'empty');
export const Loading = stateStory(fx, 'loading');
export const Light = lightStory(fx);
export const Usage = usageStory(fx.name, docs);
