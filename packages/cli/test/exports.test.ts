import * as cli from '@onescreen/cli';
import { describe, expect, it } from 'vitest';

// The public API is a deliberate list: a change shows up as a diff here.
describe('@onescreen/cli public exports', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(cli).sort()).toEqual(['USAGE_EXIT', 'runCli']);
  });
});
