import { Panel, ScreenContainer, type ScreenContainerProps } from '@onescreen/widgets';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { createElement } from 'react';
import { expect } from 'storybook/test';
import type { WidgetFixture } from '../../../packages/widgets/test/fixtures/fixture.js';
import { headerFixture } from '../../../packages/widgets/test/fixtures/header.js';
import { fixtures } from '../../../packages/widgets/test/fixtures/registry.js';

const byName = (name: string) => fixtures.find((f) => f.name === name) as WidgetFixture;
const cell = (name: string, area: string) => (
  <Panel key={name} style={{ gridArea: area, minHeight: 0 }}>
    {createElement(byName(name).component, byName(name).sample(1))}
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
          gridTemplateRows: '72px 1fr 1fr 1fr',
          gridTemplateColumns: '1fr 1fr 1.4fr 1fr',
          gridTemplateAreas: `"h h h h" "k t m r" "s p m g" "l n c q"`,
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
        {cell('Carousel', 'q')}
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
  parameters: { stage: false, viewport: { defaultViewport: 'fhd' } },
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
