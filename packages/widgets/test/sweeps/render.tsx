import type { FixtureProps, WidgetFixture } from '@onescreen/fixtures';
import { OnescreenProvider } from '@onescreen/widgets';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';

/** A fixed-size host on the page, like a screen cell or a portal card. */
export function makeHost(width = 640, height = 360): HTMLElement {
  const host = document.createElement('div');
  host.style.cssText = `display:grid;width:${width}px;height:${height}px`;
  document.body.append(host);
  return host;
}

/** Renders `fixture` with `props` into `root` synchronously, inside the provider. */
export function renderInto(root: Root, fixture: WidgetFixture, props: FixtureProps): void {
  const widget = createElement(fixture.component, props);
  flushSync(() =>
    root.render(<OnescreenProvider style={{ display: 'grid' }}>{widget}</OnescreenProvider>),
  );
}

/** Mounts `fixture` in a fresh root on `host`; returns the root for updates and unmount. */
export function mountFixture(host: HTMLElement, fixture: WidgetFixture, props: FixtureProps): Root {
  const root = createRoot(host);
  renderInto(root, fixture, props);
  return root;
}
