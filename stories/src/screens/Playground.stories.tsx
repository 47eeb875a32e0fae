import '@onescreen/command-screen/styles.css';
import { parseScreenParams, ScreenFromConfig } from '@onescreen/command-screen/renderer';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect, waitFor } from 'storybook/test';
import defaultConfig from '../../../data/screens/default.json';
import ownDataConfig from '../../../data/screens/traffic-air.json';

/** Props of the playground: a screen config to try, as JSON. */
interface PlaygroundProps {
  /** The screen config (edit it in the JSON control). */
  config: unknown;
}

/**
 * A screen config rendered with the sample feeds by the app's own renderer: edit the JSON in the
 * controls and the screen follows; a fault shows on the same error screen the app shows. Try the
 * 1080p, 4K and 32:9 viewports.
 */
function Playground({ config }: PlaygroundProps) {
  // The screen reads the sample feeds and boundaries Storybook serves beside it (staticDirs).
  const params = useMemo(() => parseScreenParams(''), []);
  const doc = useMemo(
    () => ({ ok: true as const, value: config, url: 'playground.json' }),
    [config],
  );
  return <ScreenFromConfig doc={doc} params={params} />;
}

const meta = {
  title: 'Screens/Playground',
  component: Playground,
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          "试排一个大屏：在右侧 JSON 控件里修改配置，画面随之更新；配置有误时显示与应用相同的错误页。Try a layout: edit the config in the JSON control and the screen follows; a faulty config shows the app's own error screen. The renderer is the app's (apps/command-screen/src/renderer.ts), not a copy.",
      },
    },
  },
  argTypes: { config: { control: 'object' } },
} satisfies Meta<typeof Playground>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The bundled default screen. */
export const Default: Story = { args: { config: defaultConfig } };

/** The second sample screen: two domains bound by configuration alone. */
export const OwnData: Story = { args: { config: ownDataConfig } };

/** The second screen with its first KPI bound to a chart's view. */
function kpiAsSeries(): unknown {
  const doc = structuredClone(ownDataConfig) as {
    panels: { area: string; rows?: { widgets: Record<string, unknown>[] }[] }[];
  };
  const kpi = doc.panels.find((p) => p.area === 'kpis')?.rows?.[0]?.widgets[0];
  const bind = kpi?.bind as Record<string, unknown> | undefined;
  if (bind) bind.view = { kind: 'series', x: 'month', y: 'accidents' };
  return doc;
}

/** A KPI bound to a view it cannot show: the error screen says where and what, as the app does. */
export const ConfigFault: Story = {
  args: { config: kpiAsSeries() },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-widget="ConfigError"]')).not.toBeNull(),
    );
    await expect(canvasElement.textContent).toContain('KpiCard');
  },
};
