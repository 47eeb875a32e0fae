// The sweeps only mean something if they reach every widget: keep the registry complete.

import { fixtures } from '@onescreen/fixtures';
import { widgetNames } from '@onescreen/fixtures/widget-names';
import * as widgets from '@onescreen/widgets';
import { describe, expect, it } from 'vitest';

// Components exported for building screens and widgets, not widgets with data of their own.
const notWidgets = new Set([
  'OnescreenProvider',
  'ScreenContainer',
  'WidgetFrame',
  'WidgetErrorBoundary',
  'HiddenTable',
  'AgeBadge',
  'EChart',
  'Panel',
  'PanelBorder',
  'TitleBar',
  // A part of Header's freshness slot, with no root of its own.
  'FreshnessDots',
  // Draws one of the widgets listed here from a binding's view; the sweeps reach each of them.
  'ViewWidget',
]);

describe('widget registry', () => {
  it('lists every exported widget, and only those, once', () => {
    const components = Object.entries(widgets)
      .filter(([name, value]) => typeof value === 'function' && /^[A-Z]/.test(name))
      .map(([name]) => name)
      .filter((name) => !notWidgets.has(name))
      .sort();
    expect(fixtures.map((f) => f.name).sort()).toEqual(components);
    expect([...widgetNames].sort()).toEqual(components);
    expect(new Set(widgetNames).size).toBe(widgetNames.length);
  });

  it('gives each widget the same props for the same seed and different props for another', () => {
    for (const f of fixtures) {
      expect(JSON.stringify(f.sample(3)), f.name).toBe(JSON.stringify(f.sample(3)));
    }
  });
});
