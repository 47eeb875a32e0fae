/** Length of a corner accent arm, in CSS px. */
const ARM = 16;

const corners = [
  { key: 'tl', style: { left: 0, top: 0 }, d: `M1 ${ARM} V1 H${ARM}` },
  { key: 'tr', style: { right: 0, top: 0 }, d: `M0 1 H${ARM - 1} V${ARM}` },
  { key: 'bl', style: { left: 0, bottom: 0 }, d: `M1 0 V${ARM - 1} H${ARM}` },
  { key: 'br', style: { right: 0, bottom: 0 }, d: `M0 ${ARM - 1} H${ARM - 1} V0` },
] as const;

/**
 * The thin luminous border with cyan corner accents, as vector: the frame is a rect sized in
 * CSS (not a stretched viewBox) and the corners are fixed-size SVGs, so both stay sharp at any
 * screen scale; non-scaling-stroke keeps the hairline one px wide.
 */
export function PanelBorder() {
  return (
    <>
      <svg className="os-decor" aria-hidden="true" focusable="false">
        <rect
          className="os-decor__line"
          x="0.5"
          y="0.5"
          style={{ width: 'calc(100% - 1px)', height: 'calc(100% - 1px)' }}
        />
      </svg>
      {corners.map((c) => (
        <svg
          key={c.key}
          className="os-decor__cornerbox"
          width={ARM}
          height={ARM}
          style={c.style}
          aria-hidden="true"
          focusable="false"
        >
          <path className="os-decor__corner" d={c.d} />
        </svg>
      ))}
    </>
  );
}
