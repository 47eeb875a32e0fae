/** A data table for screen readers: what the chart or board shows, as text. */
export interface A11yTable {
  /** What the table holds. */
  caption: string;
  /** Column headers. */
  columns: string[];
  /** Rows of cells, rendered as text. */
  rows: (string | number)[][];
}

/** Visually hidden table (`os-sr-only`); cells are React text, so feed strings never become markup. */
export function HiddenTable({ table }: { table: A11yTable }) {
  return (
    <table className="os-sr-only" data-a11y-table="">
      <caption>{table.caption}</caption>
      <thead>
        <tr>
          {table.columns.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
            <th key={i} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
          <tr key={r}>
            {row.map((cell, c) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
              <td key={c}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
