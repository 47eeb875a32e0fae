// A portal page passes whatever its backend sent. Missing or malformed data must leave each widget
// on the page in its own empty or error state: nothing may escape to the host's React root.

import type { FixtureProps, WidgetFixture } from '@onescreen/fixtures';
import { fixtures } from '@onescreen/fixtures';
import { OnescreenProvider } from '@onescreen/widgets';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { makeHost } from './render.js';

// Widgets whose props are all optional presentation (no data of their own to be missing).
const noData = new Set(['Clock']);

/** Broken variants of a fixture's sample: each data prop missing, null, the wrong type, junk items. */
function brokenVariants(f: WidgetFixture): [string, FixtureProps][] {
  const sample = f.sample(1);
  const keys = Object.keys(sample).filter((k) => !f.keep.includes(k) && k !== 'status');
  const out: [string, FixtureProps][] = [['{}', {}]];
  for (const k of keys) {
    out.push([`${k}: null`, { ...sample, [k]: null }]);
    out.push([`${k}: "x"`, { ...sample, [k]: 'x' }]);
    out.push([`${k}: {}`, { ...sample, [k]: {} }]);
    out.push([`${k}: [{}]`, { ...sample, [k]: [{}] }]);
    out.push([`${k}: [null]`, { ...sample, [k]: [null] }]);
  }
  return out;
}

let hosts: HTMLElement[] = [];
afterEach(() => {
  for (const h of hosts) h.remove();
  hosts = [];
});

describe.each(fixtures.map((f) => [f.name, f] as const))('%s with broken props', (_name, f) => {
  it('shows its own empty or error state and never throws to the host', async () => {
    for (const [label, props] of brokenVariants(f)) {
      const escaped: unknown[] = [];
      const host = makeHost(640, 360);
      hosts.push(host);
      const root = createRoot(host, { onUncaughtError: (e) => escaped.push(e) });
      flushSync(() =>
        root.render(
          <OnescreenProvider style={{ display: 'grid' }}>
            {createElement(f.component, props)}
          </OnescreenProvider>,
        ),
      );
      await new Promise((r) => setTimeout(r, 0));
      expect(escaped, `${f.name} ${label}`).toEqual([]);
      const el = host.querySelector(`[data-widget="${f.name}"]`);
      expect(el, `${f.name} ${label} keeps its root`).not.toBeNull();
      const state = el?.getAttribute('data-state');
      if (f.name === 'TrendChart' && /^series: (null|"x"|\{\}|\[\{\}\]|\[null\])$/.test(label)) {
        // The named crash of the issue: junk series read as no series, inside the hook.
        expect(state, `${f.name} ${label}`).toBe('empty');
      } else if (label === '{}' && !noData.has(f.name) && f.states) {
        // Nothing at all is simply no data: the empty note, not an alarm.
        expect(state, `${f.name} {}`).toBe('empty');
      } else {
        expect(['empty', 'error', 'ready'], `${f.name} ${label}`).toContain(state);
      }
      root.unmount();
    }
  });
});
