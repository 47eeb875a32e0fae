import { OnescreenProvider, Panel, TitleBar } from '@onescreen/widgets';
import { Unstyled } from '@storybook/addon-docs/blocks';
import { themeVariables, valuesOf } from './cssRules.js';
import { widgetRules } from './stylesheet.js';

const cell = { padding: '6px 10px', borderBottom: '1px solid #e3e8ee', verticalAlign: 'top' };

/** Every value styles.css gives `properties`, with the selectors that use it. */
function ValueTable({ properties }: { properties: readonly string[] }) {
  const rows = properties.flatMap((property) =>
    [...valuesOf(widgetRules, property)].map(([value, selectors]) => ({
      property,
      value,
      selectors,
    })),
  );
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 13 }}>
      <tbody>
        {rows.map(({ property, value, selectors }) => (
          <tr key={`${property}:${value}`} data-css={`${property}: ${value}`}>
            <td style={cell}>
              <code>{property}</code>
            </td>
            <td style={cell}>
              <code>{value}</code>
              {/^\d+px$/.test(value) && (
                <div
                  style={{ height: 8, width: value, marginTop: 4, background: '#3fa6d9' }}
                  title={value}
                />
              )}
            </td>
            <td style={cell}>
              {selectors.map((s) => (
                <code key={s} style={{ display: 'block' }}>
                  {s}
                </code>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Spacing (padding, gap, margin) as styles.css sets it. */
export function SpacingScale() {
  return <ValueTable properties={['padding', 'gap', 'column-gap', 'margin']} />;
}

/** Borders and radii as styles.css sets them. */
export function Borders() {
  return <ValueTable properties={['border', 'border-left', 'border-bottom', 'border-radius']} />;
}

/** Decoration variables (glow, panel fill) of both themes, and a live Panel and TitleBar in each. */
export function Decorations() {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
      {(['dark', 'light'] as const).map((theme) => {
        const vars = themeVariables(widgetRules, theme);
        return (
          <section key={theme} data-decor={theme}>
            <h3>{theme === 'dark' ? '深色 Dark' : '浅色 Light'}</h3>
            {/* Unstyled: the Docs page's own heading and paragraph styles stay off the widgets. */}
            <Unstyled>
              <OnescreenProvider theme={theme} style={{ padding: 16 }}>
                <Panel title="面板标题 Panel title" style={{ height: 150 }}>
                  <p style={{ margin: 0 }}>Panel · PanelBorder（四角高亮 corner accents）</p>
                </Panel>
                <div style={{ marginTop: 16 }}>
                  <TitleBar level={3}>TitleBar 标题栏</TitleBar>
                </div>
              </OnescreenProvider>
            </Unstyled>
            <table style={{ borderCollapse: 'collapse', fontSize: 13, marginTop: 8 }}>
              <tbody>
                {['--os-glow', '--os-panel-fill'].map((name) => (
                  <tr key={name} data-token={name}>
                    <td style={cell}>
                      <code>{name}</code>
                    </td>
                    <td style={cell}>
                      <code>{vars.get(name) ?? 'missing 缺失'}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
