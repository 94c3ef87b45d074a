/**
 * The chart's figures as a table: what screen readers and keyboard users read, and what
 * anyone can copy. One row per quarter; `extra` adds columns (the sources, on the partner page).
 */
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useI18n } from '../i18n/I18nProvider';

export interface PlanActualRow {
  readonly from: string;
  readonly label: string;
  readonly planned: number;
  readonly actual: number;
}

export function PlanActualTable<R extends PlanActualRow>({
  rows,
  names,
  extra = [],
  testId,
}: {
  readonly rows: readonly R[];
  readonly names: { readonly planned: string; readonly actual: string };
  readonly extra?: ColumnsType<R>;
  readonly testId: string;
}) {
  const { t, formatNumber } = useI18n();
  const money = (v: number) =>
    formatNumber(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const columns: ColumnsType<R> = [
    { title: t('screen.planActual.period'), dataIndex: 'label', key: 'label' },
    {
      title: names.planned,
      key: 'planned',
      align: 'right',
      render: (_, r) => <span data-cell="planned">{money(r.planned)}</span>,
    },
    {
      title: names.actual,
      key: 'actual',
      align: 'right',
      render: (_, r) => <span data-cell="actual">{money(r.actual)}</span>,
    },
    {
      title: t('screen.planActual.gap'),
      key: 'gap',
      align: 'right',
      render: (_, r) => <span data-cell="gap">{money(r.actual - r.planned)}</span>,
    },
    ...extra,
  ];
  return (
    <Table<R>
      data-testid={testId}
      size="small"
      rowKey="from"
      pagination={false}
      columns={columns}
      dataSource={[...rows]}
      onRow={(r) => ({ 'data-period': r.from }) as React.HTMLAttributes<HTMLElement>}
      title={() => t('screen.planActual.tableCaption')}
      scroll={{ x: true }}
    />
  );
}
