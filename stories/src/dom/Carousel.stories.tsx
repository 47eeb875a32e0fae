import { Carousel } from '@onescreen/widgets';
import type { Meta } from '@storybook/react-vite';
import { carouselFixture as fx } from '../../../packages/widgets/test/fixtures/carousel.js';
import { stateStory } from '../stateStory.js';

const meta = {
  title: 'Widgets/Carousel',
  component: Carousel,
  args: fx.sample() as never,
} satisfies Meta<typeof Carousel>;
export default meta;

// Takes no feed status: it is always ready.
export const Ready = stateStory(fx, 'ready');
