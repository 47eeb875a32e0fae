// Finds text that does not fit on a rendered page: text running out of its box, clipped by a
// container, cut with an ellipsis, a number broken over two lines, or two texts drawn over each
// other. Used by the widget browser tests (on one widget) and by the end-to-end suite (on the
// whole screen, through page.evaluate): so `findTextProblems` is self-contained, with every
// helper inside it and no imports, and returns plain data.

/** A box in page pixels. */
export interface TextBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** What is wrong with a piece of text. */
export type TextProblemKind =
  /** Runs outside the box that lays it out (or outside the root). */
  | 'overflow'
  /** Partly hidden by an ancestor that clips (overflow hidden). */
  | 'clipped'
  /** Cut with an ellipsis or a line clamp, and no title carries the full text. */
  | 'cut'
  /** Cut with an ellipsis or a line clamp; a title carries the full text. */
  | 'cut-titled'
  /** A number (with its unit or %) broken over two lines. */
  | 'number-wrapped'
  /** Drawn over another text. */
  | 'overlap';

/** One problem found. */
export interface TextProblem {
  kind: TextProblemKind;
  /** The text (trimmed, at most 60 characters). */
  text: string;
  /** The other text, for an overlap. */
  other?: string;
  /** Where it is. */
  box: TextBox;
}

/** Options of findTextProblems. */
export interface TextCheckOptions {
  /** A selector whose subtrees are not checked (e.g. a scroll board that scrolls by design). */
  ignore?: string;
  /** Pixels forgiven on each side (anti-aliasing, sub-pixel layout). Default 1. */
  tolerance?: number;
}

/**
 * Every text problem inside `root`. Visible text only: screen-reader-only text, hidden,
 * transparent and fully clipped text is skipped. SVG `<text>` (charts drawn with the SVG
 * renderer) is included for overlaps and for leaving the root.
 */
export function findTextProblems(root: Element, options: TextCheckOptions = {}): TextProblem[] {
  const tol = options.tolerance ?? 1;
  const problems: TextProblem[] = [];
  const rootBox = root.getBoundingClientRect();
  const short = (s: string) => {
    const t = s.replace(/\s+/g, ' ').trim();
    return t.length > 60 ? `${t.slice(0, 59)}…` : t;
  };
  // A line box spans the font's whole ascent and descent, which tight line heights overlap on
  // purpose; glyphs are drawn in its middle. Vertical checks use that middle (the "ink").
  const toBox = (r: DOMRect | { left: number; top: number; width: number; height: number }) => ({
    x: r.left,
    y: r.top + r.height * 0.15,
    w: r.width,
    h: r.height * 0.7,
  });
  const outside = (b: TextBox, c: { left: number; top: number; right: number; bottom: number }) =>
    b.x < c.left - tol ||
    b.y < c.top - tol ||
    b.x + b.w > c.right + tol ||
    b.y + b.h > c.bottom + tol;
  const meet = (a: TextBox, b: TextBox) =>
    a.x + tol < b.x + b.w &&
    b.x + tol < a.x + a.w &&
    a.y + tol < b.y + b.h &&
    b.y + tol < a.y + a.h;
  const ignored = (el: Element) => !!options.ignore && !!el.closest(options.ignore);
  const hidden = (el: Element): boolean => {
    for (let e: Element | null = el; e && e !== root.parentElement; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0)
        return true;
      if (e.classList.contains('os-sr-only')) return true;
      if (cs.clipPath.startsWith('inset(50%') || (cs.clip !== 'auto' && cs.clip !== ''))
        return true;
      const r = e.getBoundingClientRect();
      if (cs.position === 'absolute' && r.width <= 1 && r.height <= 1) return true;
    }
    return false;
  };
  const clips = (cs: CSSStyleDeclaration) =>
    cs.overflowX !== 'visible' || cs.overflowY !== 'visible';
  const isBlock = (cs: CSSStyleDeclaration) => cs.display !== 'inline' && cs.display !== 'contents';

  type Piece = { text: string; box: TextBox; node: Node };
  const pieces: Piece[] = [];

  // HTML text: each text node's line boxes.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const parent = node.parentElement;
    if (!parent || text.trim() === '' || parent.closest('svg') || ignored(parent)) continue;
    if (hidden(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const lines = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    if (lines.length === 0) continue;
    // Clipping ancestors: only lines that show inside all of them count; a line partly inside
    // one is clipped (unless the ancestor cuts on purpose, with an ellipsis or a line clamp).
    let shown = lines;
    for (let e: Element | null = parent; e && e !== root.parentElement; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (!clips(cs)) continue;
      const c = e.getBoundingClientRect();
      const cuts = cs.textOverflow === 'ellipsis' || cs.webkitLineClamp !== 'none';
      shown = shown.filter((l) => {
        const k = toBox(l);
        const touches = k.x + k.w > c.left && k.x < c.right && k.y + k.h > c.top && k.y < c.bottom;
        if (touches && outside(k, c) && !cuts)
          problems.push({ kind: 'clipped', text: short(text), box: k });
        return touches && (!outside(k, c) || !cuts);
      });
    }
    const fullyClipped = shown.length === 0;
    if (fullyClipped) continue;
    // The box that lays the text out: the nearest block-level ancestor.
    let block: Element = parent;
    while (block !== root && block.parentElement && !isBlock(getComputedStyle(block)))
      block = block.parentElement;
    const b = block.getBoundingClientRect();
    const over = shown.find((l) => outside(toBox(l), b) || outside(toBox(l), rootBox));
    if (over && !getComputedStyle(block).textOverflow.includes('ellipsis'))
      problems.push({ kind: 'overflow', text: short(text), box: toBox(over) });
    const tops = new Set(shown.map((l) => Math.round(l.top)));
    if (
      tops.size > 1 &&
      /^[+\-−±]?[\d.,]+\s*(%|‰|[a-zA-Z]{0,3}|[\u4e00-\u9fff]{0,2})$/.test(text.trim())
    )
      problems.push({ kind: 'number-wrapped', text: short(text), box: toBox(shown[0] as DOMRect) });
    for (const l of shown) pieces.push({ text, box: toBox(l), node });
  }

  // An element no clipping ancestor lets show (a scroll board's rows below its viewport).
  const clippedAway = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    for (let e = el.parentElement; e && e !== root.parentElement; e = e.parentElement) {
      if (!clips(getComputedStyle(e))) continue;
      const c = e.getBoundingClientRect();
      if (r.right <= c.left || r.left >= c.right || r.bottom <= c.top || r.top >= c.bottom)
        return true;
    }
    return false;
  };

  // Cuts: elements whose own text is cut by an ellipsis or a line clamp.
  for (const el of root.querySelectorAll('*')) {
    if (el.closest('svg') || ignored(el) || hidden(el) || clippedAway(el)) continue;
    const cs = getComputedStyle(el);
    const ellipsis = cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + tol;
    // A clamp hides whole lines: less than half a line more is the rounding of a fractional
    // line height (19 px × 1.3 over two lines is 49.4 px), not a hidden line.
    const line = Number.parseFloat(cs.lineHeight) || Number.parseFloat(cs.fontSize) * 1.2;
    const clamped =
      cs.webkitLineClamp !== 'none' && el.scrollHeight > el.clientHeight + Math.max(tol, line / 2);
    if (!ellipsis && !clamped) continue;
    const text = el.textContent ?? '';
    const title = el.getAttribute('title') ?? el.closest('[title]')?.getAttribute('title') ?? '';
    problems.push({
      kind: title.trim() === text.trim() && text.trim() !== '' ? 'cut-titled' : 'cut',
      text: short(text),
      box: toBox(el.getBoundingClientRect()),
    });
  }

  // SVG text (charts drawn by the SVG renderer): one box per <text>.
  for (const t of root.querySelectorAll('svg text')) {
    const text = t.textContent ?? '';
    if (text.trim() === '' || ignored(t) || hidden(t)) continue;
    const box = toBox(t.getBoundingClientRect());
    if (box.w <= 0 || box.h <= 0) continue;
    if (outside(box, rootBox)) problems.push({ kind: 'overflow', text: short(text), box });
    pieces.push({ text, box, node: t });
  }

  // Overlaps between different texts.
  for (let i = 0; i < pieces.length; i++)
    for (let j = i + 1; j < pieces.length; j++) {
      const a = pieces[i] as Piece;
      const b = pieces[j] as Piece;
      if (a.node === b.node) continue;
      if (meet(a.box, b.box))
        problems.push({ kind: 'overlap', text: short(a.text), other: short(b.text), box: a.box });
    }
  return problems;
}

/** One line per problem, for a test's failure message. */
export function describeTextProblems(problems: readonly TextProblem[]): string {
  return problems
    .map(
      (p) =>
        `${p.kind}: "${p.text}"${p.other ? ` over "${p.other}"` : ''} at ${Math.round(p.box.x)},${Math.round(p.box.y)} ${Math.round(p.box.w)}×${Math.round(p.box.h)}`,
    )
    .join('\n');
}
