/// <reference types="@vitest/browser-playwright" />
import type { ValueView } from '@onescreen/core';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { OnescreenProvider } from '../src/theme/OnescreenProvider.js';
import { ViewWidget } from '../src/views/ViewWidget.js';
import { type Mounted, mount, statuses } from './base-harness.js';

let m: Mounted | undefined;
afterEach(async () => {
  await m?.unmount();
  m = undefined;
});

const view = (value: number): ValueView => ({
  kind: 'value',
  value,
  unit: { 'zh-CN': '件', en: 'cases' },
  precision: 0,
});

/** Presentation options that count how often a render reads them. */
function countedOptions() {
  const counter = { reads: 0 };
  const options = new Proxy({ size: 's' } as Record<string, unknown>, {
    get(target, key) {
      counter.reads += 1;
      return target[key as string];
    },
  });
  return { counter, options };
}

/** What the test calls to render the parent again (same props) or hand it a new view. */
interface Handles {
  bump: () => void;
  show: (v: ValueView) => void;
}

/**
 * Renders again on `bump` (as a screen's slot does when its feed's state changes) and hands
 * the widget the very same props.
 */
function Parent({ handles, options }: { handles: Handles; options: Record<string, unknown> }) {
  const [, setTick] = useState(0);
  const [shown, setShown] = useState(() => view(864));
  handles.bump = () => setTick((t) => t + 1);
  handles.show = setShown;
  return (
    <ViewWidget type="KpiCard" view={shown} status={READY} title="信访总量" options={options} />
  );
}

const READY = statuses('petitions').ready;

describe('ViewWidget', () => {
  it('does not run again when its parent renders with the same props', async () => {
    const { counter, options } = countedOptions();
    const handles: Handles = { bump: () => {}, show: () => {} };
    m = await mount(
      <OnescreenProvider reducedMotion>
        <Parent handles={handles} options={options} />
      </OnescreenProvider>,
    );
    const first = counter.reads;
    expect(first).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) flushSync(() => handles.bump());
    expect(counter.reads).toBe(first);
    // A new view does run it (the counter sees renders), and shows the new figure.
    flushSync(() => handles.show(view(901)));
    expect(counter.reads).toBeGreaterThan(first);
    expect(m.el.querySelector('.os-kpi__number')?.textContent).toBe('901');
  });
});
