/**
 * The graph as tables, for keyboard and screen-reader users (and anyone who wants the
 * numbers): partners with their degree centrality, and every connection.
 */
import { Table, Tabs, Tag } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { GraphEdge, NetworkGraph, PartnerCentrality } from './build-graph';

interface EdgeRow extends GraphEdge {
  readonly key: string;
  readonly from: string;
  readonly to: string;
}

export function NetworkTables({ graph }: { readonly graph: NetworkGraph }) {
  const { t, formatNumber, formatPercent } = useI18n();
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const node of graph.nodes) {
      map.set(node.id, node.type === 'partner' ? node.partner.name : node.name);
    }
    return map;
  }, [graph]);
  const edgeRows = useMemo(
    () =>
      // Synergies first: they are what this graph adds to the partner list.
      [...graph.edges]
        .sort((a, b) => Number(b.relation === 'synergy') - Number(a.relation === 'synergy'))
        .map(
          (edge, index): EdgeRow => ({
            ...edge,
            key: `${index}`,
            from: names.get(edge.source) ?? edge.source,
            to: names.get(edge.target) ?? edge.target,
          }),
        ),
    [graph, names],
  );
  const pagination = {
    defaultPageSize: 10,
    showSizeChanger: true,
    hideOnSinglePage: true,
  } as const;

  return (
    <Tabs
      items={[
        {
          key: 'partners',
          label: t('screen.network.partnersTab'),
          children: (
            <Table<PartnerCentrality>
              data-testid="network-partners-table"
              size="small"
              rowKey={(row) => row.partner.id}
              dataSource={[...graph.centrality]}
              pagination={pagination}
              columns={[
                {
                  key: 'name',
                  title: t('screen.network.column.partner'),
                  render: (_, row) => row.partner.name,
                },
                {
                  key: 'kind',
                  title: t('screen.network.column.kind'),
                  render: (_, row) => t(`screen.network.kind.${row.partner.kind}`),
                },
                {
                  key: 'selected',
                  title: t('screen.network.column.selected'),
                  render: (_, row) =>
                    row.selected ? (
                      <Tag color="processing">{t('screen.network.yes')}</Tag>
                    ) : (
                      t('screen.network.no')
                    ),
                },
                {
                  key: 'degree',
                  title: t('screen.network.column.degree'),
                  dataIndex: 'degree',
                  align: 'right',
                },
                {
                  key: 'synergies',
                  title: t('screen.network.column.synergies'),
                  dataIndex: 'synergies',
                  align: 'right',
                },
                {
                  key: 'centrality',
                  title: t('screen.network.column.centrality'),
                  align: 'right',
                  render: (_, row) => formatPercent(row.centrality),
                },
              ]}
            />
          ),
        },
        {
          key: 'edges',
          label: t('screen.network.edgesTab'),
          children: (
            <Table<EdgeRow>
              data-testid="network-edges-table"
              size="small"
              dataSource={edgeRows}
              pagination={pagination}
              columns={[
                { key: 'from', title: t('screen.network.column.from'), dataIndex: 'from' },
                {
                  key: 'relation',
                  title: t('screen.network.column.relation'),
                  render: (_, row) => t(`screen.network.relation.${row.relation}`),
                },
                { key: 'to', title: t('screen.network.column.to'), dataIndex: 'to' },
                {
                  key: 'value',
                  title: t('screen.network.column.value'),
                  align: 'right',
                  render: (_, row) =>
                    row.value === undefined
                      ? ''
                      : formatNumber(row.value, { maximumFractionDigits: 2 }),
                },
              ]}
            />
          ),
        },
      ]}
    />
  );
}
