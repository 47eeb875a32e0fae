import {
  type Lang,
  OnescreenProvider,
  type ThemeName,
  translate,
  WidgetErrorBoundary,
  WidgetFrame,
  type WidgetStatus,
} from '@onescreen/widgets';
import { createElement } from 'react';
import { type EmbedProps, widgetByName } from './widgets.js';

/** Props of EmbedRoot, the React tree behind one embedded widget. */
export interface EmbedRootProps {
  /** Widget name. */
  type: string;
  /** Widget props. */
  props: EmbedProps;
  /** Colour theme. */
  theme: ThemeName;
  /** Screen language. */
  lang: Lang;
  /** A problem found before rendering (a bad `props` attribute): shown instead of the widget. */
  problem?: string | undefined;
}

// A one-cell grid stretches the widget root to the host's size: sized by its container.
const fill = { display: 'grid', width: '100%', height: '100%' } as const;

const unknownWidget = { 'zh-CN': '未知组件：', en: 'Unknown widget: ' };

/**
 * One widget inside its provider and a last-resort error boundary: a page author's typo
 * (unknown type, props the widget cannot read) shows an error state, never a blank or a crash.
 */
export function EmbedRoot({ type, props, theme, lang, problem }: EmbedRootProps) {
  const Widget = widgetByName(type);
  const status = props.status as WidgetStatus | undefined;
  const failed = (error: string, fromFeed: boolean) => (
    // While the first feed load is pending, props may hold no data yet: that is loading.
    <WidgetFrame
      name={type}
      status={
        fromFeed && status?.state === 'loading'
          ? status
          : { state: 'error', error, ...(fromFeed && status?.feed ? { feed: status.feed } : {}) }
      }
      empty
    >
      {null}
    </WidgetFrame>
  );
  return (
    <OnescreenProvider theme={theme} lang={lang} style={fill}>
      {problem !== undefined ? (
        failed(problem, false)
      ) : Widget ? (
        <WidgetErrorBoundary
          resetKey={props}
          fallback={(e) => failed(translate(lang, 'error.render', { error: e.message }), true)}
        >
          {createElement(Widget, props)}
        </WidgetErrorBoundary>
      ) : (
        failed(unknownWidget[lang] + type, false)
      )}
    </OnescreenProvider>
  );
}
