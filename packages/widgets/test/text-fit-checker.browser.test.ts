import { afterEach, describe, expect, it } from 'vitest';
import { findTextProblems } from '../../../test/support/textFit.js';

// The text checker must find what it claims to find, or every test that relies on it proves
// nothing: each case below is a small page with one known fault, and one with none.

let host: HTMLElement | null = null;
afterEach(() => {
  host?.remove();
  host = null;
});

function page(html: string): HTMLElement {
  host = document.createElement('div');
  host.style.cssText = 'position:relative;width:400px;min-height:80px;font:16px/1.4 sans-serif';
  host.innerHTML = html;
  document.body.append(host);
  return host;
}

const kinds = (root: Element) => findTextProblems(root).map((p) => p.kind);

describe('findTextProblems', () => {
  it('finds nothing wrong with text that fits', () => {
    expect(kinds(page('<p style="margin:0">十二个月的信访量</p><p>100.0 %</p>'))).toEqual([]);
  });
  it('finds text running out of its box', () => {
    const root = page('<div style="width:60px;white-space:nowrap">Provincial (of 154)</div>');
    expect(kinds(root)).toContain('overflow');
  });
  it('finds text clipped by a container, and a cut without the full text on hover', () => {
    expect(
      kinds(
        page(
          '<div style="width:60px;height:20px;overflow:hidden;white-space:nowrap">Closure check</div>',
        ),
      ),
    ).toContain('clipped');
    const cut = '<div style="width:60px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis"';
    expect(kinds(page(`${cut}>国家级（共 125）</div>`))).toEqual(['cut']);
    expect(kinds(page(`${cut} title="国家级（共 125）">国家级（共 125）</div>`))).toEqual([
      'cut-titled',
    ]);
  });
  it('finds a number broken over two lines', () => {
    expect(kinds(page('<div style="width:30px">100.0 %</div>'))).toContain('number-wrapped');
  });
  it('finds texts drawn over each other, in HTML and in SVG', () => {
    const html = page(
      '<span style="position:absolute;left:0;top:0">(total hazards)</span><span style="position:absolute;left:40px;top:2px">Fixed 84%</span>',
    );
    expect(kinds(html)).toEqual(['overlap']);
    const svg = page(
      '<svg width="300" height="60"><text x="10" y="30">2,041</text><text x="30" y="32">In progress</text></svg>',
    );
    expect(kinds(svg)).toEqual(['overlap']);
  });
  it('skips a cut no clipping ancestor lets show, and finds it once scrolled into view', () => {
    const board = (top: number) =>
      page(
        '<div style="height:40px;overflow:hidden;position:relative">' +
          `<div style="position:absolute;top:${top}px;width:60px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis">Single vehicle</div>` +
          '</div>',
      );
    expect(kinds(board(60))).toEqual([]);
    host?.remove();
    expect(kinds(board(10))).toEqual(['cut']);
  });
  it('finds a line clamp that hides a line, not the rounding of a fractional line height', () => {
    const clamp = (text: string) =>
      page(
        '<h2 style="margin:0;width:120px;font-size:19px;line-height:1.3;overflow:hidden;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2">' +
          `${text}</h2>`,
      );
    expect(kinds(clamp('Fraud cases per month'))).toEqual([]);
    host?.remove();
    expect(kinds(clamp('Fraud cases per month, year on year'))).toEqual(['cut']);
  });
  it('skips screen-reader-only, hidden and ignored text', () => {
    const root = page(
      '<span class="os-sr-only">hidden table text that is long and would overflow</span>' +
        '<div style="visibility:hidden;width:10px;white-space:nowrap">invisible overflow</div>' +
        '<div data-scroll style="width:10px;white-space:nowrap">ignored overflow</div>',
    );
    expect(findTextProblems(root, { ignore: '[data-scroll]' })).toEqual([]);
  });
});
