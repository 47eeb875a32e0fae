// Copyable usage for a widget's Docs page, printed from the one example each widget's docs file
// holds, so the React, embed and live versions cannot say different things.
import { type ElementSpec, isElement } from './element.js';
import { type CodeRef, isCodeRef, type WidgetDocs } from './types.js';

const identifier = /^[A-Za-z_$][\w$]*$/;

/** A JavaScript literal for `value`: single-quoted strings, bare keys, one line when short. */
export function jsLiteral(value: unknown, indent = ''): string {
  if (isCodeRef(value)) return value.code;
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return String(value);
  const inner = `${indent}  `;
  const items = Array.isArray(value)
    ? value.map((v) => jsLiteral(v, inner))
    : Object.entries(value).map(
        ([k, v]) => `${identifier.test(k) ? k : jsLiteral(k)}: ${jsLiteral(v, inner)}`,
      );
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{ ', ' }'];
  const oneLine = Array.isArray(value)
    ? `[${items.join(', ')}]`
    : `${open}${items.join(', ')}${close}`;
  if (items.length === 0) return Array.isArray(value) ? '[]' : '{}';
  if (oneLine.length + indent.length <= 90 && !oneLine.includes('\n')) return oneLine;
  return `${open.trim()}\n${items.map((i) => `${inner}${i},`).join('\n')}\n${indent}${close.trim()}`;
}

/** One JSX attribute for a prop. */
function attribute(name: string, value: unknown, indent: string): string {
  if (value === true) return name;
  if (typeof value === 'string' && !/["{}<>\n]/.test(value)) return `${name}="${value}"`;
  return `${name}={${jsLiteral(value, indent)}}`;
}

/** JSX for a widget element with `props`, children printed as nested elements. */
export function jsx(name: string, props: Record<string, unknown>, indent = ''): string {
  const { children, ...rest } = props;
  const inner = `${indent}  `;
  const attrs = Object.entries(rest).map(([k, v]) => attribute(k, v, inner));
  const kids = (Array.isArray(children) ? children : children === undefined ? [] : [children])
    .filter(isElement)
    .map((child: ElementSpec) => jsx(child.element, child.props, inner));
  const open =
    attrs.length === 0
      ? `<${name}`
      : `<${name}\n${attrs.map((a) => `${inner}${a}`).join('\n')}\n${indent}`;
  if (kids.length === 0) return `${open}${attrs.length === 0 ? ' ' : ''}/>`;
  return `${open}>\n${kids.map((k) => `${inner}${k}`).join('\n')}\n${indent}</${name}>`;
}

/** Every CodeRef in an example's props, nested elements included. */
function refsOf(props: Record<string, unknown>): CodeRef[] {
  const found: CodeRef[] = [];
  const visit = (value: unknown): void => {
    if (isCodeRef(value)) found.push(value);
    else if (isElement(value)) Object.values(value.props).forEach(visit);
    else if (Array.isArray(value)) value.forEach(visit);
  };
  Object.values(props).forEach(visit);
  return found;
}

/** Every widget name the example uses, itself first. */
function componentsOf(name: string, props: Record<string, unknown>): string[] {
  const names = new Set([name]);
  const visit = (value: unknown): void => {
    if (isElement(value)) {
      names.add(value.element);
      Object.values(value.props).forEach(visit);
    } else if (Array.isArray(value)) value.forEach(visit);
  };
  Object.values(props).forEach(visit);
  return [...names];
}

/** The React usage: styles, provider, a sized box and the widget. */
export function reactSnippet(name: string, example: WidgetDocs['example']): string {
  const imports = ['OnescreenProvider', ...componentsOf(name, example.props)].sort();
  const refs = refsOf(example.props).map((r) => `// ${r.code}: ${r.from}\n`);
  return [
    `import '@onescreen/widgets/styles.css';`,
    `import { ${imports.join(', ')} } from '@onescreen/widgets';`,
    '',
    `${refs.join('')}export function ${name}Example() {`,
    '  return (',
    '    <OnescreenProvider theme="dark" lang="zh-CN">',
    `      <div style={{ width: ${example.width}, height: ${example.height} }}>`,
    `        ${jsx(name, example.props, '        ')}`,
    '      </div>',
    '    </OnescreenProvider>',
    '  );',
    '}',
  ].join('\n');
}

/** The `<onescreen-widget>` usage, or null when the widget cannot be embedded. */
export function embedSnippet(name: string, docs: WidgetDocs): string | null {
  if ('unsupported' in docs.embed) return null;
  const plain = Object.fromEntries(
    Object.entries(docs.example.props).filter(([, v]) => !isCodeRef(v)),
  );
  // The attribute is single-quoted; an apostrophe inside the JSON becomes its character reference.
  const json = JSON.stringify(plain).replace(/&/g, '&amp;').replace(/'/g, '&#39;');
  const feed = docs.embed.feed;
  const lines = [
    '<link rel="stylesheet" href="/onescreen/onescreen-embed.css">',
    '<script type="module" src="/onescreen/onescreen-embed.js"></script>',
    '',
    '<onescreen-widget',
    `  type="${name}"`,
    ...(feed ? [`  feed="${feed.url}"`, `  pointer="${feed.pointer}"`] : []),
    `  props='${json}'`,
    `  style="display:block;width:${docs.example.width}px;height:${docs.example.height}px">`,
    '</onescreen-widget>',
  ];
  return lines.join('\n');
}

/** The screen-config entry, as JSON. */
export function screenSnippet(docs: WidgetDocs): string {
  return JSON.stringify(docs.screen.json, null, 2);
}
