import * as server from '@onescreen/server';
import { describe, expect, it } from 'vitest';

// The public API is a deliberate list: a change shows up as a diff here.
describe('@onescreen/server public exports', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(server).sort()).toEqual([
      'DEFAULT_STREAMS',
      'IMMUTABLE',
      'REVALIDATE',
      'buildCacheControl',
      'startServer',
    ]);
  });
});
