import { carouselFixture as fx } from '@onescreen/fixtures';
import { Carousel } from '@onescreen/widgets';
import type { Meta } from '@storybook/react-vite';
import { lightStory, stateStory, usageStory, widgetParameters } from '../stateStory.js';
import { carouselDocs as docs } from './Carousel.docs.js';

const meta = {
  title: 'Widgets/Carousel',
  component: Carousel,
  args: fx.sample() as never,
  parameters: widgetParameters(fx, docs),
} satisfies Meta<typeof Carousel>;
export default meta;

// Takes no feed status: it is always ready.
export const Ready = stateStory(fx, 'ready');
export const Light = lightStory(fx);
export const Usage = usageStory(fx.name, docs);
