import { describe, expect, it } from 'vitest';
import { PointerError, resolvePointer } from '../src/data/pointer.js';

const doc = { data: { 'a/b': [10, 20], 'm~n': { x: null } } };

describe('resolvePointer', () => {
  it('returns the whole document for the empty pointer', () => {
    expect(resolvePointer(doc, '')).toBe(doc);
  });

  it('walks objects and arrays, decoding ~1 and ~0', () => {
    expect(resolvePointer(doc, '/data/a~1b/1')).toBe(20);
    expect(resolvePointer(doc, '/data/m~0n/x')).toBeNull();
  });

  it('names where it stopped', () => {
    expect(() => resolvePointer(doc, '/data/a~1b/2')).toThrow(
      '/data/a~1b/2: no item 2 in an array of 2',
    );
    expect(() => resolvePointer(doc, '/data/missing')).toThrow(PointerError);
    expect(() => resolvePointer(doc, '/data/a~1b/01')).toThrow(PointerError);
    expect(() => resolvePointer(doc, 'data')).toThrow('does not start with /');
  });

  it('does not walk into inherited properties', () => {
    expect(() => resolvePointer({}, '/constructor')).toThrow(PointerError);
  });
});
