import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../src/theme/contrast.js';
import { tokens } from '../src/theme/tokens.js';

describe('theme tokens', () => {
  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
  for (const name of ['dark', 'light'] as const) {
    const c = tokens[name].colors;
    it(`${name}: text is legible from across a room on panel and ground`, () => {
      for (const ground of [c.bg, c.panel]) {
        expect(contrastRatio(c.text, ground)).toBeGreaterThanOrEqual(7);
        expect(contrastRatio(c.muted, ground)).toBeGreaterThanOrEqual(4.5);
        for (const meaning of [c.good, c.bad, c.warn, c.accent, ...Object.values(c.level)]) {
          expect(contrastRatio(meaning, ground)).toBeGreaterThanOrEqual(4.5);
        }
      }
    });
    it(`${name}: every series colour stands out from the panel`, () => {
      expect(c.series.length).toBeGreaterThanOrEqual(6);
      for (const s of c.series) expect(contrastRatio(s, c.panel)).toBeGreaterThanOrEqual(3);
    });
  }
});
