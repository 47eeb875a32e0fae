import * as boundaries from '@onescreen/boundaries';
import { hangzhou } from '@onescreen/boundaries/hangzhou';
import { jiaxing } from '@onescreen/boundaries/jiaxing';
import { describe, expect, it } from 'vitest';

// The public API is a deliberate list: adding, renaming or removing an export must show up
// as a diff here, reviewed like any other API change. Types are checked by tsc, not here.
describe('@onescreen/boundaries public exports', () => {
  it('exports exactly these values, each city also from its own entry', () => {
    expect(Object.keys(boundaries).sort()).toEqual(['hangzhou', 'jiaxing']);
    expect(boundaries.hangzhou).toBe(hangzhou);
    expect(boundaries.jiaxing).toBe(jiaxing);
  });
});
