import { coverageMapFixture as fx } from '@onescreen/fixtures';
import { CoverageMap } from '@onescreen/widgets';
import type { Meta } from '@storybook/react-vite';
import { lightStory, stateStory, usageStory, widgetParameters } from '../stateStory.js';
import { coverageMapDocs as docs } from './CoverageMap.docs.js';

const meta = {
  title: 'Maps/CoverageMap',
  component: CoverageMap,
  args: fx.sample() as never,
  parameters: { ...widgetParameters(fx, docs), stageHeight: 600 },
} satisfies Meta<typeof CoverageMap>;
export default meta;

export const Ready = stateStory(fx, 'ready');
export const Stale = stateStory(fx, 'stale');
export const ErrorState = stateStory(fx, 'error');
export const Empty = stateStory(fx, 'empty');
export const Loading = stateStory(fx, 'loading');
export const Light = lightStory(fx);
export const Usage = usageStory(fx.name, docs);
