import { OnescreenProvider } from '@onescreen/widgets';
import type { Decorator } from '@storybook/react-vite';

/** Wraps every story in OnescreenProvider with the toolbar's theme and language. */
export const withOnescreen: Decorator = (Story, context) => {
  const theme = context.globals.theme === 'light' ? 'light' : 'dark';
  const lang = context.globals.locale === 'en' ? 'en' : 'zh-CN';
  // A fixed-size grid stage: its one cell stretches the widget root to fill it, as a screen
  // layout cell or a portal card would.
  const height = context.parameters.stageHeight ?? 420;
  const width = context.parameters.stageWidth ?? 960;
  // Whole screens bring their own stage (ScreenContainer fills the viewport).
  if (context.parameters.stage === false) {
    return (
      <OnescreenProvider theme={theme} lang={lang}>
        <Story />
      </OnescreenProvider>
    );
  }
  // On a Docs page the states sit side by side in narrow cells: a shorter stage, full cell width.
  if (context.viewMode === 'docs') {
    return (
      <OnescreenProvider theme={theme} lang={lang} style={{ padding: 12 }}>
        <div
          style={{
            display: 'grid',
            height: context.parameters.docsStageHeight ?? Math.min(height, 320),
            maxWidth: width,
          }}
        >
          <Story />
        </div>
      </OnescreenProvider>
    );
  }
  return (
    <OnescreenProvider theme={theme} lang={lang} style={{ minHeight: '100vh', padding: 24 }}>
      <div style={{ display: 'grid', height, maxWidth: width }}>
        <Story />
      </div>
    </OnescreenProvider>
  );
};
