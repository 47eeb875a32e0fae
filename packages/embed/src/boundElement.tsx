import type { View } from '@onescreen/core';
import { type Lang, ViewWidget, type ViewWidgetProps, type WidgetStatus } from '@onescreen/widgets';
import { type ComponentType, createElement, type ReactElement } from 'react';
import type { EmbedProps } from './widgets.js';

const mapTypes = new Set(['DistrictMap', 'CoverageMap']);

/**
 * A bound widget drawn from its view, the way the screen draws it: the view's figures and
 * words, the page's `props` for presentation (title, size, limit …). A map keeps its
 * boundaries from `props` and takes its colours from the regions view.
 */
export function boundElement(
  type: string,
  Widget: ComponentType<EmbedProps>,
  props: EmbedProps,
  view: View | null,
  lang: Lang,
): ReactElement {
  const status = (props.status as WidgetStatus | undefined) ?? { state: 'ready' };
  if (mapTypes.has(type)) {
    const values: Record<string, number> = {};
    if (view?.kind === 'regions') for (const v of view.values) values[v.place] = v.value;
    return createElement(Widget, {
      ...props,
      values,
      unit: view?.kind === 'regions' ? view.unit[lang] : '',
      status: view === null && status.state !== 'error' ? { ...status, state: 'loading' } : status,
    });
  }
  const title =
    typeof props.title === 'string'
      ? props.title
      : typeof props.label === 'string'
        ? props.label
        : undefined;
  return createElement(ViewWidget, {
    type: type as ViewWidgetProps['type'],
    view,
    status,
    title,
    options: props,
  });
}
