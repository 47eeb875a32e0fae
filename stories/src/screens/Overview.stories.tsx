import type { WidgetFixture } from '@onescreen/fixtures';
import { fixtures, headerFixture } from '@onescreen/fixtures';
import { Panel, ScreenContainer, type ScreenContainerProps } from '@onescreen/widgets';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { createElement } from 'react';
import { expect } from 'storybook/test';
import { a11yFor } from '../stateStory.js';

const byName = (name: string) => fixtures.find((f) => f.name === name) as WidgetFixture;
// Each cell may take its own seed: two widgets with the same sample would be two regions with
// the same name, which a screen-reader user cannot tell apart (axe: landmark-unique).
const cell = (name: string, area: string, seed = 1) => (
  <Panel key={name} style={{ gridArea: area, minHeight: 0 }}>
    {createElement(byName(name).component, byName(name).sample(seed))}
  </Panel>
);

/** A 1920×1080 screen of every data widget, scaled into the viewport: try the 1080p and 4K viewports. */
function Overview(props: Pick<ScreenContainerProps, 'mode' | 'maxPixelRatio'>) {
  return (
    <div style={{ width: '100vw', height: '100vh' }}>
      <ScreenContainer
        {...props}
        style={{
          display: 'grid',
          gap: 16,
          padding: 16,
          boxSizing: 'border-box',
          // The alert list docks as a strip along the foot, as it does under the app's map.
          gridTemplateRows: '72px 1fr 1fr 1fr 150px',
          gridTemplateColumns: '1fr 1fr 1.4fr 1fr',
          gridTemplateAreas: `"h h h h" "k t m r" "s p m g" "l n c q" "a a a a"`,
        }}
      >
        <div style={{ gridArea: 'h' }}>
          {createElement(headerFixture.component, headerFixture.sample(1))}
        </div>
        {cell('KpiCard', 'k')}
        {cell('TrendChart', 't')}
        {cell('DistrictMap', 'm')}
        {cell('RingChart', 'r')}
        {cell('ScrollBoard', 's')}
        {cell('StagePipeline', 'p')}
        {cell('HeatGrid', 'g')}
        {cell('TrafficLights', 'l')}
        {cell('RankingBoard', 'n')}
        {cell('CoverageMap', 'c')}
        {cell('Carousel', 'q', 2)}
        {cell('AlertList', 'a')}
      </ScreenContainer>
    </div>
  );
}

const meta = {
  title: 'Screens/Overview',
  component: Overview,
  args: { mode: 'fit', maxPixelRatio: 3 },
  argTypes: {
    mode: { control: 'select', options: ['fit', 'cover', 'width', 'height', 'stretch', 'none'] },
  },
  // The screen brings its own stage: no fixed-size card around it.
  parameters: { stage: false, viewport: { defaultViewport: 'fhd' }, ...a11yFor('Overview') },
  // A whole screen is not a component with a props table: no Docs page.
  tags: ['!autodocs'],
} satisfies Meta<typeof Overview>;
export default meta;

/** Every data widget on one screen, ready. */
export const Ready: StoryObj<typeof meta> = {
  name: 'Ready 就绪',
  play: async ({ canvasElement }) => {
    const roots = [...canvasElement.querySelectorAll('[data-widget]')].map((el) =>
      el.getAttribute('data-widget'),
    );
    await expect(roots).toEqual(expect.arrayContaining(fixtures.map((f) => f.name)));
  },
};
