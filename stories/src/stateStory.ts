import type { WidgetState } from '@onescreen/fixtures';
import { type FixtureProps, propsFor, type WidgetFixture } from '@onescreen/fixtures';
import type { StoryObj } from '@storybook/react-vite';
import { createElement } from 'react';
import { expect, waitFor } from 'storybook/test';
import { a11yExceptions } from '../a11y-exceptions.js';
import { resolveProps } from './docs/element.js';
import { LazyWidgetDocsPage } from './docs/LazyWidgetDocsPage.js';
import type { WidgetDocs } from './docs/types.js';

const titles: Record<WidgetState, string> = {
  loading: 'Loading 加载中',
  empty: 'Empty 无数据',
  error: 'Error 出错（保留上次数据）',
  stale: 'Stale 数据过期',
  ready: 'Ready 就绪',
};

/**
 * A story showing `fixture` in `state` with editable args; its play function checks that the
 * widget's root reports that state, so the story doubles as a browser test.
 */
export function stateStory(fixture: WidgetFixture, state: WidgetState): StoryObj<FixtureProps> {
  return {
    name: titles[state],
    // Widgets without a status prop are always ready: their story shows the sample as it is.
    args: fixture.states ? propsFor(fixture, state) : fixture.sample(),
    play: expectState(fixture.name, state),
  };
}

/** A play function that waits for the `name` widget's root and checks its `data-state`. */
function expectState(name: string, state: WidgetState): NonNullable<StoryObj['play']> {
  return async ({ canvasElement }) => {
    const root = await waitFor(() => {
      const found = canvasElement.querySelector(`[data-widget="${name}"]`);
      if (!found) throw new Error(`no [data-widget="${name}"] yet`);
      return found;
    });
    await expect(root).toHaveAttribute('data-state', state);
  };
}

/** The ready sample in the light theme, so axe checks the light palette's contrast too. */
export function lightStory(fixture: WidgetFixture): StoryObj<FixtureProps> {
  return {
    ...stateStory(fixture, 'ready'),
    name: 'Ready · Light 浅色',
    globals: { theme: 'light' },
  };
}

/**
 * The copyable example of a widget's Docs page, rendered from the same props its React and
 * embed snippets are printed from, so the test proves the snippet draws a ready widget.
 */
export function usageStory(name: string, docs: WidgetDocs): StoryObj<FixtureProps> {
  return {
    name: 'Usage 用法示例',
    render: () => createElement(docs.example.component, resolveProps(docs.example.props)),
    parameters: {
      controls: { disable: true },
      stageWidth: docs.example.width,
      stageHeight: docs.example.height,
      docsStageHeight: docs.example.height,
    },
    play: expectState(name, 'ready'),
  };
}

/** The `a11y` parameter that turns off the rules a11y-exceptions.ts accepts for `stories`. */
export function a11yFor(stories: string): { a11y?: { config: { rules: object[] } } } {
  const rules = a11yExceptions
    .filter((e) => e.stories === stories)
    .map((e) => ({ id: e.rule, enabled: false }));
  return rules.length > 0 ? { a11y: { config: { rules } } } : {};
}

/** Parameters every widget's stories share: its Docs page, its prose, its accepted a11y rules. */
export function widgetParameters(fixture: WidgetFixture, docs: WidgetDocs) {
  return { widgetDocs: docs, docs: { page: LazyWidgetDocsPage }, ...a11yFor(fixture.name) };
}
