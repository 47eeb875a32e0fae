import { describe, expect, it } from 'vitest';
import { resolveDataState } from '../src/frame/state.js';

describe('resolveDataState', () => {
  it('reports each feed state', () => {
    expect(resolveDataState(undefined, false)).toBe('ready');
    expect(resolveDataState({ state: 'ready' }, false)).toBe('ready');
    expect(resolveDataState({ state: 'stale' }, false)).toBe('stale');
    expect(resolveDataState({ state: 'loading' }, false)).toBe('loading');
    expect(resolveDataState({ state: 'error' }, false)).toBe('error');
  });
  it('derives empty from the data, but never hides loading or error behind it', () => {
    expect(resolveDataState({ state: 'ready' }, true)).toBe('empty');
    expect(resolveDataState({ state: 'stale' }, true)).toBe('empty');
    expect(resolveDataState({ state: 'loading' }, true)).toBe('loading');
    expect(resolveDataState({ state: 'error' }, true)).toBe('error');
  });
  it('a render failure is an error whatever the feed says', () => {
    expect(resolveDataState({ state: 'ready' }, false, true)).toBe('error');
    expect(resolveDataState({ state: 'loading' }, true, true)).toBe('error');
  });
});
