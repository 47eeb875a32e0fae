import { contrastRatio } from '@onescreen/widgets';
import type { ReactNode } from 'react';
import { grade } from './grade.js';

/** One colour token as the token pages list it. */
export interface ColourRow {
  /** Token path in tokens.ts, e.g. `colors.text`. */
  token: string;
  /** Its CSS custom property in styles.css. */
  variable: string;
  /** Value in tokens.ts. */
  value: string;
  /** Value styles.css gives the variable in the same theme (undefined when it sets none). */
  css: string | undefined;
  /** What it is for, when the page says more than the token name. */
  meaning?: ReactNode;
}

const cell = { padding: '6px 10px', borderBottom: '1px solid #e3e8ee', verticalAlign: 'middle' };

/**
 * Colour tokens of one theme with their contrast against that theme's panel: each swatch is
 * drawn on the panel colour with text in the token's colour, so the number can be checked by eye.
 */
export function TokenTable({ rows, panel }: { rows: readonly ColourRow[]; panel: string }) {
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 14 }}>
      <thead>
        <tr>
          {[
            'Token 名称',
            'Swatch 色块',
            'tokens.ts',
            'styles.css',
            'vs panel 对比度',
            'Grade 等级',
          ].map((h) => (
            <th key={h} style={{ ...cell, textAlign: 'left' }}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const ratio = contrastRatio(row.value, panel);
          const agrees = row.css?.toLowerCase() === row.value.toLowerCase();
          return (
            <tr key={row.variable} data-token={row.variable} data-contrast={ratio.toFixed(2)}>
              <td style={cell}>
                <code>{row.token}</code>
                {row.meaning && <div style={{ fontSize: 13, marginTop: 2 }}>{row.meaning}</div>}
              </td>
              <td style={cell}>
                <span
                  style={{
                    display: 'inline-flex',
                    alignItems: 'center',
                    gap: 8,
                    padding: '4px 8px',
                    background: panel,
                    border: '1px solid #c8d0da',
                  }}
                >
                  <span style={{ width: 22, height: 22, background: row.value, borderRadius: 2 }} />
                  <span style={{ color: row.value, fontFamily: 'Barlow, "Noto Sans SC"' }}>
                    744 一屏
                  </span>
                </span>
              </td>
              <td style={cell}>
                <code>{row.value}</code>
              </td>
              <td style={cell}>
                <code>{row.variable}</code>
                {!agrees && (
                  <strong style={{ color: '#b00020' }} data-drift="">
                    {' '}
                    ≠ {row.css ?? 'missing 缺失'}
                  </strong>
                )}
              </td>
              <td style={cell}>{ratio.toFixed(2)} : 1</td>
              <td style={cell}>{grade(ratio)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
