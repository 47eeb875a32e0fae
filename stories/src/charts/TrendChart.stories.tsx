import { trendChartFixture as fx } from '@onescreen/fixtures';
import { TrendChart } from '@onescreen/widgets';
import type { Meta } from '@storybook/react-vite';
import { lightStory, stateStory, usageStory, widgetParameters } from '../stateStory.js';
import { trendChartDocs as docs } from './TrendChart.docs.js';

const meta = {
  title: 'Charts/TrendChart',
  component: TrendChart,
  args: fx.sample() as never,
  parameters: widgetParameters(fx, docs),
} satisfies Meta<typeof TrendChart>;
export default meta;

export const Ready = stateStory(fx, 'ready');
export const Stale = stateStory(fx, 'stale');
export const ErrorState = stateStory(fx, 'error');
export const Empty = stateStory(fx, 'empty');
export const Loading = stateStory(fx, 'loading');
export const Light = lightStory(fx);
export const Usage = usageStory(fx.name, docs);
