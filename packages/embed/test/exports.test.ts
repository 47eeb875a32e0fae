import * as embed from '@onescreen/embed';
import { describe, expect, it } from 'vitest';

// The public API is a deliberate list: adding, renaming or removing an export must show up
// as a diff here, reviewed like any other API change. Types are checked by tsc, not here.
describe('@onescreen/embed public exports', () => {
  it('exports exactly these values from @onescreen/embed', () => {
    expect(Object.keys(embed).sort()).toEqual([
      'defineOnescreenWidget',
      'embedWidgetNames',
      'feedProps',
      'loadFeed',
      'mount',
      'observedAttributes',
      'parseProps',
      'resolvePointer',
    ]);
  });
});
