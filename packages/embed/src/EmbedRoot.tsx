import type { View } from '@onescreen/core';
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
import { boundElement as bound } from './boundElement.js';
import { ProblemView } from './ProblemView.js';
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
  /** A mistake of the page's (unknown type, bad `props`), in `lang`: shown instead of the widget. */
  problem?: string | undefined;
  /** The view a `bind` attribute made (null while the feed loads); absent for an unbound widget. */
  view?: View | null | undefined;
}

// A one-cell grid stretches the widget root to the host's size: sized by its container.
const fill = { display: 'grid', width: '100%', height: '100%' } as const;

/**
 * One widget inside its provider and a last-resort error boundary: a page author's typo
 * (unknown type, props the widget cannot read) shows an error state, never a blank or a crash.
 */
export function EmbedRoot({ type, props, theme, lang, problem, view }: EmbedRootProps) {
  const Widget = widgetByName(type);
  const status = props.status as WidgetStatus | undefined;
  // A widget that throws although guarded: its error, keeping a pending first load as loading.
  const failed = (error: string) => (
    <WidgetFrame
      name={type}
      status={
        status?.state === 'loading'
          ? status
          : { state: 'error', error, ...(status?.feed ? { feed: status.feed } : {}) }
      }
      empty
    >
      {null}
    </WidgetFrame>
  );
  return (
    <OnescreenProvider theme={theme} lang={lang} style={fill}>
      {problem !== undefined || !Widget ? (
        <ProblemView name={type} text={problem ?? ''} />
      ) : (
        <WidgetErrorBoundary
          resetKey={props}
          fallback={(e) => failed(translate(lang, 'error.render', { error: e.message }))}
        >
          {view === undefined
            ? createElement(Widget, props)
            : bound(type, Widget, props, view, lang)}
        </WidgetErrorBoundary>
      )}
    </OnescreenProvider>
  );
}
