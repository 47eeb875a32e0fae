// Every widget root names itself to assistive technology, data widgets carry a visually hidden
// table of what they draw, and interactive ones are reachable with the Tab key.

import { fixtures } from '@onescreen/fixtures';
import type { Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { makeHost, mountFixture } from './render.js';

// Roles HTML elements carry without a role attribute (those widget roots use).
const implicitRoles: Record<string, string> = {
  section: 'region',
  header: 'banner',
  nav: 'navigation',
  time: '',
};

function roleOf(el: Element): string {
  return el.getAttribute('role') ?? implicitRoles[el.localName] ?? '';
}

function nameOf(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const ids = el.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  return ids
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
}

let root: Root | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  root?.unmount();
  host?.remove();
  root = undefined;
});

describe('a11y sweep', () => {
  for (const fixture of fixtures) {
    it(`${fixture.name}: role, name${fixture.table ? ', hidden table' : ''}${fixture.interactive ? ', keyboard' : ''}`, async () => {
      host = makeHost(800, 450);
      const before = document.createElement('button');
      before.textContent = 'before';
      host.before(before);
      root = mountFixture(host, fixture, fixture.sample(1));
      const widget = host.querySelector(`[data-widget="${fixture.name}"]`) as HTMLElement;
      expect(widget, 'widget root').not.toBeNull();
      expect(roleOf(widget), `${fixture.name} role`).not.toBe('');
      expect(nameOf(widget), `${fixture.name} accessible name`).not.toBe('');

      if (fixture.table) {
        const table = widget.querySelector('table');
        expect(table, `${fixture.name} hidden table`).not.toBeNull();
        // Visually hidden by clipping (a table grows past a 1 px box), yet in the accessibility
        // tree: neither display:none nor visibility:hidden.
        const style = getComputedStyle(table as HTMLTableElement);
        expect(
          style.clipPath !== 'none' || style.clip !== 'auto',
          `${fixture.name} table clipped`,
        ).toBe(true);
        expect(style.display).not.toBe('none');
        expect(style.visibility).toBe('visible');
        expect(
          (table as HTMLTableElement).tBodies[0]?.rows.length ?? 0,
          'table rows',
        ).toBeGreaterThan(0);
      }

      if (fixture.interactive) {
        before.focus();
        await userEvent.keyboard('{Tab}');
        expect(
          widget.contains(document.activeElement),
          `${fixture.name} takes focus from Tab`,
        ).toBe(true);
      }
      before.remove();
    });
  }
});
