import { describe, expect, it } from 'vitest';
import { cleanPath, encodeSegments } from '../src/request-path.js';

describe('cleanPath', () => {
  it('splits a plain path into decoded segments and keeps a trailing slash as a folder', () => {
    expect(cleanPath('/feeds/hotline.json?x=1')).toEqual({
      segments: ['feeds', 'hotline.json'],
      folder: false,
    });
    expect(cleanPath('/')).toEqual({ segments: [], folder: true });
    expect(cleanPath('/screens/')).toEqual({ segments: ['screens'], folder: true });
    expect(cleanPath('/%E6%95%B0%E6%8D%AE/a%20b.json')).toEqual({
      segments: ['数据', 'a b.json'],
      folder: false,
    });
    // An encoded letter is the letter: routing sees /feeds/ either way.
    expect(cleanPath('/%66eeds/x.json')).toEqual({ segments: ['feeds', 'x.json'], folder: false });
  });

  it.each([
    '/../secret.txt',
    '/feeds/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/feeds/..%2f..%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
  ])('refuses %s with 403', (url) => {
    expect(cleanPath(url)).toEqual({ status: 403 });
  });

  it.each([
    ['/a%00.json', 400],
    ['/..%5c..%5csecret.txt', 400],
    ['/a\\b', 400],
    ['/%E0%A4%A', 400],
    ['feeds/x.json', 400],
    ['/.env', 404],
    ['/feeds/.hotline.json.tmp', 404],
    ['/.git/config', 404],
  ] as const)('refuses %s with %i', (url, status) => {
    expect(cleanPath(url)).toEqual({ status });
  });

  it('takes a double-encoded dot literally (a file named "%2e%2e", not a climb)', () => {
    expect(cleanPath('/%252e%252e/secret.txt')).toEqual({
      segments: ['%2e%2e', 'secret.txt'],
      folder: false,
    });
  });

  it('re-encodes segments so that one more decoding gives them back', () => {
    const path = cleanPath('/%252e%252e/%E6%95%B0 %23.json');
    if ('status' in path) throw new Error('refused');
    expect(decodeURIComponent(encodeSegments(path.segments, path.folder))).toBe(
      '/%2e%2e/数 #.json',
    );
    expect(encodeSegments(['screens'], true)).toBe('/screens/');
    expect(encodeSegments([], true)).toBe('/');
  });
});
