import { describe, expect, it } from 'vitest';
import { faceCovers, stackFamilies, unicodeSpans } from '../src/echarts/faceCovers.js';

describe('faceCovers (which loaded faces concern a text measure)', () => {
  it('reads unicode-range lists, single points and wildcards', () => {
    expect(unicodeSpans('U+4E00-4E0F, U+5885,u+30??')).toEqual([
      [0x4e00, 0x4e0f],
      [0x5885, 0x5885],
      [0x3000, 0x30ff],
    ]);
    expect(unicodeSpans('')).toEqual([]);
  });

  it('reads a font stack into unquoted families', () => {
    expect(stackFamilies('"Noto Sans SC", \'PingFang SC\', sans-serif')).toEqual([
      'Noto Sans SC',
      'PingFang SC',
      'sans-serif',
    ]);
  });

  it('says a face covers a lacked character only in a family of the stack', () => {
    const stack = stackFamilies('"Noto Sans SC", sans-serif');
    const lacked = new Set([0x5885]);
    expect(
      faceCovers({ family: '"Noto Sans SC"', unicodeRange: 'U+5880-588F' }, stack, lacked),
    ).toBe(true);
    expect(faceCovers({ family: 'Noto Sans SC', unicodeRange: 'U+4E00-4E0F' }, stack, lacked)).toBe(
      false,
    );
    expect(faceCovers({ family: 'Barlow', unicodeRange: 'U+5885' }, stack, lacked)).toBe(false);
    expect(faceCovers({ family: 'Noto Sans SC', unicodeRange: 'U+5885' }, stack, new Set())).toBe(
      false,
    );
  });
});
