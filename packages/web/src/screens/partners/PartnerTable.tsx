/**
 * The partner table: virtual rows (only the visible ones are in the DOM, so 10,000 scroll
 * smoothly), server-side sorting, the chosen columns, row selection for bulk edits, and
 * the next page requested as the scroll nears the loaded end.
 */
import { Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import type { UIEvent } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import type { ColumnId } from './column-choice';
import { expectedValue } from './distribution';
import { kindLabel, statusLabel } from './labels';
import type { Sort, SortKey } from './use-partner-pages';
import type { PartnerView as Partner } from './views';

const SORTABLE: readonly ColumnId[] = ['id', 'name', 'kind', 'status', 'updatedAt'];
const WIDTHS: Readonly<Record<ColumnId, number>> = {
  id: 200,
  name: 260,
  kind: 130,
  status: 140,
  domains: 220,
  offers: 220,
  cost: 140,
  return: 140,
  updatedAt: 190,
};
/** Rows from the end at which the next page is asked for. */
const PREFETCH_ROWS = 60;
const ROW_HEIGHT = 40;

export interface PartnerTableProps {
  readonly slug: string;
  readonly rows: readonly Partner[];
  readonly columns: readonly ColumnId[];
  readonly sort: Sort;
  readonly onSort: (sort: Sort) => void;
  readonly loading: boolean;
  readonly onNearEnd: () => void;
  readonly selected: readonly string[];
  readonly onSelect: (ids: string[], rows: Partner[]) => void;
  readonly height: number;
}

export function PartnerTable(props: PartnerTableProps) {
  const { slug, rows, sort, onSort, loading, onNearEnd, selected, onSelect, height } = props;
  const { t, formatNumber, formatDateTime } = useI18n();
  const order = (key: SortKey) =>
    sort === key ? ('ascend' as const) : sort === `-${key}` ? ('descend' as const) : null;
  const estimate = (value: Partner['cost']) =>
    value === null ? (
      <Typography.Text type="secondary">{t('screen.partners.notEstimated')}</Typography.Text>
    ) : (
      formatNumber(expectedValue(value), { maximumFractionDigits: 2 })
    );
  const tags = (values: readonly string[]) => values.map((v) => <Tag key={v}>{v}</Tag>);

  const render: Record<ColumnId, (p: Partner) => React.ReactNode> = {
    id: (p) => <Typography.Text code>{p.id}</Typography.Text>,
    name: (p) => (
      <Link to={`/w/${encodeURIComponent(slug)}/partners/${encodeURIComponent(p.id)}`}>
        {p.name}
      </Link>
    ),
    kind: (p) => kindLabel(t, p.kind),
    status: (p) => statusLabel(t, p.status),
    domains: (p) => tags(p.domains),
    offers: (p) => tags(p.offers),
    cost: (p) => estimate(p.cost),
    return: (p) => estimate(p.return),
    updatedAt: (p) => formatDateTime(p.updatedAt),
  };

  const columns: TableColumnsType<Partner> = props.columns.map((id) => ({
    key: id,
    dataIndex: id,
    title: t(`screen.partners.col.${id}`),
    width: WIDTHS[id],
    ellipsis: id !== 'domains' && id !== 'offers',
    render: (_: unknown, partner: Partner) => render[id](partner),
    ...(SORTABLE.includes(id)
      ? { sorter: true, sortOrder: order(id as SortKey), sortDirections: ['ascend', 'descend'] }
      : {}),
    ...(id === 'cost' || id === 'return' ? { align: 'right' as const } : {}),
  }));

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const box = event.currentTarget;
    if (box.scrollTop + box.clientHeight >= box.scrollHeight - PREFETCH_ROWS * ROW_HEIGHT) {
      onNearEnd();
    }
  };

  return (
    <Table<Partner>
      aria-label={t('screen.partners.tableLabel')}
      data-testid="partner-table"
      rowKey="id"
      size="middle"
      virtual
      dataSource={rows as Partner[]}
      columns={columns}
      pagination={false}
      loading={loading}
      scroll={{ y: height, x: props.columns.reduce((sum, id) => sum + WIDTHS[id], 48) }}
      onScroll={onScroll}
      rowSelection={{
        selectedRowKeys: [...selected],
        onChange: (keys, picked) => onSelect(keys.map(String), picked),
        preserveSelectedRowKeys: true,
      }}
      onChange={(_pagination, _filters, sorter) => {
        const one = (Array.isArray(sorter) ? sorter[0] : sorter) as
          | SorterResult<Partner>
          | undefined;
        const key = one?.columnKey;
        if (typeof key !== 'string' || !SORTABLE.includes(key as ColumnId) || !one?.order) {
          onSort('name');
          return;
        }
        onSort(one.order === 'descend' ? `-${key as SortKey}` : (key as SortKey));
      }}
      locale={{ emptyText: t('screen.partners.noMatch') }}
    />
  );
}
