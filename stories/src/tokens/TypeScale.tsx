import { tokens } from '@onescreen/widgets';
import { valuesOf } from './cssRules.js';
import { widgetRules } from './stylesheet.js';

const cell = {
  padding: '8px 10px',
  borderBottom: '1px solid #e3e8ee',
  verticalAlign: 'middle',
  lineHeight: 1.25,
};

/** Pixel size of a CSS length, or NaN for relative ones (em). */
const px = (size: string) => (size.endsWith('px') ? Number.parseFloat(size) : Number.NaN);

/** Whether a rule draws numbers: it sets the number face. */
function numeric(selector: string): boolean {
  return widgetRules.some(
    (r) =>
      r.selector === selector &&
      r.declarations.some(([p, v]) => p === 'font-family' && v.includes('--os-font-number')),
  );
}

/**
 * Every font size styles.css uses, largest first, each drawn in the text face (Noto Sans SC)
 * and the number face (Barlow), with the selectors that use it. KPI figures size themselves
 * to their card up to `--os-kpi-base` (per card size): those bases are the scale's top.
 */
export function TypeScale() {
  const used = new Map(valuesOf(widgetRules, 'font-size'));
  for (const [size, selectors] of valuesOf(widgetRules, '--os-kpi-base')) {
    used.set(size, [
      ...(used.get(size) ?? []),
      ...selectors.map((s) => `${s} (KPI figure, at most)`),
    ]);
  }
  const sizes = [...used]
    .filter(([size]) => !Number.isNaN(px(size)))
    .sort(([a], [b]) => px(b) - px(a));
  const { text, number } = tokens.dark.fonts;
  return (
    <>
      <p>
        Text 文字 <code>fonts.text</code>: <code>{text}</code>
        <br />
        Numbers 数字 <code>fonts.number</code>: <code>{number}</code>（tabular figures 等宽数字）
      </p>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            {['Size 字号', 'Noto Sans SC', 'Barlow', 'Used by 使用处'].map((h) => (
              <th key={h} style={{ ...cell, textAlign: 'left', fontSize: 14 }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sizes.map(([size, selectors]) => (
            <tr key={size} data-font-size={size}>
              <td style={{ ...cell, fontSize: 14 }}>
                <code>{size}</code>
              </td>
              <td style={{ ...cell, fontFamily: text, fontSize: size, whiteSpace: 'nowrap' }}>
                一屏览全域
              </td>
              <td
                style={{
                  ...cell,
                  fontFamily: number,
                  fontSize: size,
                  fontVariantNumeric: 'tabular-nums',
                  fontWeight: selectors.some(numeric) ? 600 : 500,
                  whiteSpace: 'nowrap',
                }}
              >
                9,186 +8.8%
              </td>
              <td style={{ ...cell, fontSize: 12 }}>
                {selectors.map((s) => (
                  <code key={s} style={{ display: 'block' }}>
                    {s}
                    {numeric(s) ? ' · 数字 numbers' : ''}
                  </code>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
