/** A chart's table view: a real table with caption and headers (what screen readers and tests read). */
import type { ReactNode } from 'react';
import type { TableSpec } from './export';

export function DataTable({ table, testId, head }: { table: TableSpec; testId: string; head?: ReactNode }) {
  return (
    <div className="insights-table-wrap">
      <table className="insights-table" data-testid={testId}>
        <caption>{table.caption}</caption>
        <thead>
          {head ?? (
            <tr>
              {table.headers.map((header, i) => (
                <th key={header} scope="col" className={i > 0 ? 'num' : undefined}>
                  {header}
                </th>
              ))}
            </tr>
          )}
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              <RowCells cells={row} />
            </tr>
          ))}
        </tbody>
        {table.footer ? (
          <tfoot>
            <tr>
              <RowCells cells={table.footer} />
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

/** A body or footer row: its first cell heads the row, the others are numbers. */
function RowCells({ cells }: { cells: readonly (string | number)[] }) {
  return cells.map((cell, i) =>
    i === 0 ? (
      <th key={i} scope="row">
        {cell}
      </th>
    ) : (
      <td key={i} className="num">
        {cell}
      </td>
    ),
  );
}
