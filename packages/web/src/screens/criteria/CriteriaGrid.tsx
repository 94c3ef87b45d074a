/**
 * A criteria × criteria table: a header row and a header column naming the criteria,
 * one cell per pair drawn by the caller. The AHP grid (editable) and the group's
 * geometric-mean grid (read only) are both this table.
 */
import { theme } from 'antd';
import { type CSSProperties, Fragment, type ReactNode } from 'react';
import type { DraftCriterion } from './draft';

export interface GridCell {
  readonly i: number;
  readonly j: number;
  /** The table's cell style (padding, border, centred); a cell adds to it. */
  readonly style: CSSProperties;
}

interface Props {
  readonly criteria: readonly DraftCriterion[];
  readonly ariaLabel: string;
  readonly cell: (at: GridCell) => ReactNode;
}

/** A criterion's name as the grids show it (its id when it has no name yet). */
export function criterionLabel(criteria: readonly DraftCriterion[], k: number): string {
  return criteria[k]?.name || criteria[k]?.id || '';
}

export function CriteriaGrid({ criteria, ariaLabel, cell }: Props) {
  const { token } = theme.useToken();
  const style: CSSProperties = {
    padding: 6,
    border: `1px solid ${token.colorBorderSecondary}`,
    textAlign: 'center',
  };
  return (
    <div style={{ overflowX: 'auto' }}>
      <table aria-label={ariaLabel} style={{ borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <td style={style} />
            {criteria.map((c, j) => (
              <th key={c.key} scope="col" style={style}>
                {criterionLabel(criteria, j)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {criteria.map((row, i) => (
            <tr key={row.key}>
              <th scope="row" style={{ ...style, textAlign: 'start' }}>
                {criterionLabel(criteria, i)}
              </th>
              {criteria.map((column, j) => (
                <Fragment key={column.key}>{cell({ i, j, style })}</Fragment>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
