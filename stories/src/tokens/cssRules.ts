// Reads the widgets' stylesheet as text so the token pages show what styles.css really says.
// A deliberately small reader: rules, nested at-rules, and `property: value;` declarations.

/** One style rule: its selector (prefixed by any enclosing at-rule) and its declarations. */
export interface CssRule {
  /** Selector text, e.g. `.os-kpi__number`, or `@container os-pipeline (…) .os-pipeline__name`. */
  selector: string;
  /** Declarations in source order. */
  declarations: [property: string, value: string][];
}

/** Every style rule of `css`, in source order; keyframes are skipped. */
export function cssRules(css: string): CssRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  const walk = (from: number, prefix: string): number => {
    let i = from;
    while (i < text.length) {
      const open = text.indexOf('{', i);
      const close = text.indexOf('}', i);
      if (close !== -1 && (open === -1 || close < open)) return close + 1;
      if (open === -1) return text.length;
      const head = text.slice(i, open).trim();
      if (head.startsWith('@')) {
        if (head.startsWith('@keyframes')) i = skipBlock(text, open);
        else i = walk(open + 1, `${prefix}${head} `);
        continue;
      }
      const end = text.indexOf('}', open);
      const declarations = text
        .slice(open + 1, end)
        .split(';')
        .map((d) => d.trim())
        .filter((d) => d.includes(':'))
        .map((d): [string, string] => {
          const colon = d.indexOf(':');
          return [
            d.slice(0, colon).trim(),
            d
              .slice(colon + 1)
              .trim()
              .replace(/\s+/g, ' '),
          ];
        });
      rules.push({ selector: `${prefix}${head.replace(/\s+/g, ' ')}`, declarations });
      i = end + 1;
    }
    return i;
  };
  walk(0, '');
  return rules;
}

/** The index just past the block that opens at `open`, nested blocks included. */
function skipBlock(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return text.length;
}

/** The `--os-*` custom properties a theme's block sets, by name. */
export function themeVariables(
  rules: readonly CssRule[],
  theme: 'dark' | 'light',
): Map<string, string> {
  // The dark theme is the provider root's default; light is the same root with data-theme.
  const wanted =
    theme === 'dark'
      ? ['.os-root', '.os-root[data-theme="dark"]', '[data-theme="dark"]']
      : ['.os-root[data-theme="light"]', '[data-theme="light"]'];
  const block = rules.find((r) => r.selector.split(',').some((s) => wanted.includes(s.trim())));
  return new Map(block?.declarations.filter(([p]) => p.startsWith('--os-')) ?? []);
}

/** Every value `property` takes, each with the selectors that set it, in first-seen order. */
export function valuesOf(rules: readonly CssRule[], property: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of rules) {
    for (const [p, v] of rule.declarations) {
      if (p !== property) continue;
      out.set(v, [...(out.get(v) ?? []), rule.selector]);
    }
  }
  return out;
}
