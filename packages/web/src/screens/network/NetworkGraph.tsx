/**
 * The partner network drawn by ECharts' force layout: partners coloured by kind,
 * capabilities and domains as their own categories, synergies as partner–partner edges
 * (positive solid, negative dashed, the expected value as label and tooltip), required
 * capabilities the selection misses ringed in the error colour.
 */
import { theme } from 'antd';
import { useMemo } from 'react';
import EChart from '../../charts/EChart';
import type { ChartOption } from '../../charts/echarts';
import { useI18n } from '../../i18n/I18nProvider';
import { type NetworkGraph as Graph, type GraphNode, KINDS } from './build-graph';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function NetworkGraph({ graph, label }: { readonly graph: Graph; readonly label: string }) {
  const { t, formatNumber } = useI18n();
  const { token } = theme.useToken();

  const option = useMemo((): ChartOption => {
    const categories = [
      ...KINDS.map((kind) => t(`screen.network.kind.${kind}`)),
      t('screen.network.category.capability'),
      t('screen.network.category.domain'),
    ];
    const number = (value: number) => formatNumber(value, { maximumFractionDigits: 2 });
    const nodeHint = (node: GraphNode): string => {
      switch (node.type) {
        case 'partner':
          return t(
            node.selected ? 'screen.network.hint.partnerSelected' : 'screen.network.hint.partner',
            {
              name: node.partner.name,
              kind: t(`screen.network.kind.${node.partner.kind}`),
            },
          );
        case 'offer':
          return node.required
            ? t(node.covered ? 'screen.network.hint.covered' : 'screen.network.hint.missing', {
                name: node.name,
              })
            : t('screen.network.hint.capability', { name: node.name });
        case 'domain':
          return t('screen.network.hint.domain', { name: node.name });
      }
    };
    const toNode = (node: GraphNode): Record<string, unknown> => {
      const base = { id: node.id, hint: escapeHtml(nodeHint(node)) };
      switch (node.type) {
        case 'partner':
          return {
            ...base,
            name: node.partner.name,
            category: KINDS.indexOf(node.partner.kind),
            symbolSize: node.selected ? 18 : 11,
            itemStyle: node.selected ? { borderColor: token.colorText, borderWidth: 2 } : {},
          };
        case 'offer': {
          const missing = node.required && !node.covered;
          return {
            ...base,
            name: node.name,
            category: KINDS.length,
            symbol: 'diamond',
            symbolSize: node.required ? 24 : 16,
            label: {
              show: true,
              color: missing ? token.colorError : token.colorText,
              fontWeight: missing ? 'bold' : 'normal',
            },
            itemStyle: missing
              ? { color: token.colorError, borderColor: token.colorError, borderWidth: 3 }
              : node.required
                ? { borderColor: token.colorSuccess, borderWidth: 3 }
                : {},
          };
        }
        case 'domain':
          return {
            ...base,
            name: node.name,
            category: KINDS.length + 1,
            symbol: 'roundRect',
            symbolSize: 18,
            label: { show: true, color: token.colorText },
          };
      }
    };
    const nodes = graph.nodes.map(toNode);
    const links = graph.edges.map((edge) => {
      if (edge.relation !== 'synergy') {
        return {
          source: edge.source,
          target: edge.target,
          lineStyle: { color: token.colorBorder, width: 1, opacity: 0.6 },
        };
      }
      const value = edge.value ?? 0;
      const positive = value >= 0;
      const text = t(
        positive ? 'screen.network.hint.synergyPositive' : 'screen.network.hint.synergyNegative',
        {
          value: number(value),
        },
      );
      return {
        source: edge.source,
        target: edge.target,
        hint: escapeHtml(text),
        lineStyle: {
          color: positive ? token.colorSuccess : token.colorError,
          type: positive ? 'solid' : 'dashed',
          width: 2.5,
          opacity: 0.9,
          curveness: 0.1,
        },
        label: {
          show: true,
          formatter: number(value),
          color: positive ? token.colorSuccess : token.colorError,
        },
      };
    });
    return {
      // ECharts' own description would replace the chart's label: give it ours.
      aria: { enabled: true, label: { description: label } },
      tooltip: {
        formatter: (params: unknown) => (params as { data?: { hint?: string } }).data?.hint ?? '',
      },
      legend: { data: categories, top: 0, textStyle: { color: token.colorText } },
      series: [
        {
          type: 'graph',
          layout: 'force',
          top: 48,
          roam: true,
          draggable: true,
          categories: categories.map((name) => ({ name })),
          data: nodes,
          links,
          label: { position: 'right', fontSize: 11 },
          force: { repulsion: 220, edgeLength: [50, 140], gravity: 0.06 },
          emphasis: { focus: 'adjacency', lineStyle: { width: 4 } },
          edgeLabel: { fontSize: 10 },
        },
      ],
    };
  }, [graph, t, formatNumber, token, label]);

  return (
    <div data-testid="network-graph">
      <EChart label={label} option={option} height={560} />
    </div>
  );
}
