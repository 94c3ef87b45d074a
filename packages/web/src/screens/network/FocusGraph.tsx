/**
 * The graph focused on one node (a partner, a capability, a domain, an agreement, ...) and
 * its neighbourhood from the focus API: the centre in the middle, its neighbours around it
 * grouped by type, and only the edges among them, never the whole tangle. Clicking a
 * neighbour (in the drawing or the table below it) moves the focus there.
 */
import { Button, Flex, Select, Table, Typography, theme } from 'antd';
import { useCallback, useMemo } from 'react';
import { api, unwrap } from '../../api/client';
import { useLoad } from '../../app/use-load';
import EChart from '../../charts/EChart';
import type { ChartOption } from '../../charts/echarts';
import ErrorPanel from '../../components/ErrorPanel';
import { PageLoading } from '../../components/PageLoading';
import { useI18n } from '../../i18n/I18nProvider';
import type { Translator } from '../../i18n/translator';
import { placeFocus } from './focus-layout';
import type { FocusDocument } from './load-network';

type FocusNode = FocusDocument['nodes'][number];
type FocusEdge = FocusDocument['edges'][number];

const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A node's name as a reader knows it. */
export function nodeName(tr: Translator, n: FocusNode): string {
  const node = n.node as Record<string, unknown> & { type: string; id: string };
  switch (node.type) {
    case 'organisation':
    case 'self':
    case 'person':
      return str(node.name) || node.id;
    case 'agreement':
      return str(node.title) || node.id;
    case 'capability':
      return n.labels?.[tr.locale] ?? node.id;
    case 'ip':
      return node.ip === 'foreground'
        ? tr.t('screen.network.node.foreground', { agreement: str(node.agreement) })
        : tr.t('screen.network.node.background', { description: str(node.description) });
    default:
      return node.id;
  }
}

const TYPES = [
  'organisation',
  'capability',
  'domain',
  'self',
  'agreement',
  'person',
  'ip',
] as const;
type NodeType = (typeof TYPES)[number];
const isType = (t: string): t is NodeType => (TYPES as readonly string[]).includes(t);

function typeName(tr: Translator, type: string): string {
  return isType(type) ? tr.t(`screen.network.node.${type}`) : type;
}

function edgeText(tr: Translator, e: FocusEdge): string {
  const edge = e.edge as Record<string, unknown> & { type: string };
  const number = (x: unknown) =>
    tr.formatNumber(typeof x === 'number' ? x : 0, { maximumFractionDigits: 2 });
  const agreements = Array.isArray(edge.agreements) ? edge.agreements.map(str).join(', ') : '';
  switch (edge.type) {
    case 'offers':
      return tr.t('screen.network.edge.offers');
    case 'works-in':
      return tr.t('screen.network.edge.works-in');
    case 'synergy':
      return [
        tr.t('screen.network.edge.synergy', { value: number(edge.value) }),
        agreements === '' ? '' : tr.t('screen.network.edge.co-partner', { agreements }),
      ]
        .filter((s) => s !== '')
        .join('; ');
    case 'party-to':
      return tr.t('screen.network.edge.party-to', {
        start: str(edge.start),
        end: str(edge.end) || tr.t('screen.network.edge.openEnd'),
      });
    case 'co-partner':
      return tr.t('screen.network.edge.co-partner', { agreements });
    case 'contact-of':
      return tr.t('screen.network.edge.contact-of');
    case 'owns':
      return tr.t('screen.network.edge.owns', { share: tr.formatPercent(Number(edge.share ?? 0)) });
    case 'under':
      return tr.t('screen.network.edge.under');
    default:
      return edge.type;
  }
}

export function FocusGraph({
  slug,
  focus,
  onFocus,
  options,
}: {
  readonly slug: string;
  readonly focus: string;
  readonly onFocus: (key: string) => void;
  readonly options: readonly { readonly value: string; readonly label: string }[];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const view = useLoad(
    () =>
      unwrap(
        api.GET('/api/workspaces/{slug}/graph/focus', {
          params: { path: { slug }, query: { node: focus } },
        }),
      ),
    [slug, focus],
  );
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center" wrap>
        <label htmlFor="focus-node">
          <Typography.Text strong>{t('screen.network.focus.pick')}</Typography.Text>
        </label>
        <Select
          id="focus-node"
          showSearch
          optionFilterProp="label"
          style={{ minWidth: 280 }}
          placeholder={t('screen.network.focus.placeholder')}
          value={focus}
          onChange={onFocus}
          options={options.map((o) => ({ ...o }))}
        />
      </Flex>
      <Typography.Text type="secondary">{t('screen.network.focus.hint')}</Typography.Text>
      {view.status === 'error' ? (
        <ErrorPanel error={view.error} onRetry={view.reload} />
      ) : view.data === undefined ? (
        <PageLoading />
      ) : (
        <FocusView view={view.data} onFocus={onFocus} />
      )}
    </Flex>
  );
}

function FocusView({
  view,
  onFocus,
}: {
  readonly view: FocusDocument;
  readonly onFocus: (key: string) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { token } = theme.useToken();
  const byKey = useMemo(() => new Map(view.nodes.map((n) => [n.key, n])), [view]);
  const center = byKey.get(view.center);
  const label = t('screen.network.focus.graphLabel', {
    name: center ? nodeName(i18n, center) : view.center,
    count: view.nodes.length - 1,
  });

  const option = useMemo((): ChartOption => {
    const colour: Record<string, string> = {
      organisation: token.colorPrimary,
      self: token.colorText,
      capability: token.colorWarning,
      domain: token.colorSuccess,
      agreement: token.colorInfo,
      person: token.colorTextSecondary,
      ip: token.colorError,
    };
    const symbol: Record<string, string> = {
      capability: 'diamond',
      domain: 'roundRect',
      agreement: 'rect',
      ip: 'triangle',
    };
    const data = placeFocus(view.center, view.nodes).map((p) => {
      const n = byKey.get(p.key) as FocusNode;
      const running =
        n.node.type === 'organisation' && ['active', 'under-review'].includes(str(n.node.status));
      return {
        id: p.key,
        name: nodeName(i18n, n),
        x: p.x,
        y: p.y,
        symbol: symbol[p.type] ?? 'circle',
        symbolSize: p.center ? 34 : running ? 22 : 16,
        itemStyle: {
          color: colour[p.type] ?? token.colorText,
          ...(running ? { borderColor: token.colorText, borderWidth: 2 } : {}),
        },
        label: { show: true, color: token.colorText, fontWeight: p.center ? 'bold' : 'normal' },
        hint: escapeHtml(`${typeName(i18n, p.type)}: ${nodeName(i18n, n)}`),
      };
    });
    const links = view.edges.map((e) => ({
      source: e.source,
      target: e.target,
      hint: escapeHtml(edgeText(i18n, e)),
      lineStyle: {
        color:
          e.edge.type === 'synergy' && Number(e.edge.value ?? 0) < 0
            ? token.colorError
            : token.colorBorder,
        type: e.edge.type === 'co-partner' || e.edge.type === 'party-to' ? 'dashed' : 'solid',
        width: e.source === view.center || e.target === view.center ? 2 : 1,
        opacity: 0.8,
      },
    }));
    return {
      aria: { enabled: true, label: { description: label } },
      tooltip: {
        formatter: (params: unknown) => (params as { data?: { hint?: string } }).data?.hint ?? '',
      },
      series: [
        {
          type: 'graph',
          layout: 'none',
          roam: true,
          data,
          links,
          label: { position: 'right', fontSize: 11 },
          emphasis: { focus: 'adjacency', lineStyle: { width: 3 } },
        },
      ],
    };
  }, [view, byKey, i18n, token, label]);

  const onItemClick = useCallback(
    (params: { dataType?: string; data?: unknown }) => {
      const id = (params.data as { id?: string } | undefined)?.id;
      if (params.dataType === 'node' && id !== undefined && id !== view.center) onFocus(id);
    },
    [onFocus, view.center],
  );

  const rows = view.nodes
    .filter((n) => n.key !== view.center)
    .map((n) => ({
      n,
      relation: view.edges
        .filter(
          (e) =>
            (e.source === view.center && e.target === n.key) ||
            (e.target === view.center && e.source === n.key),
        )
        .map((e) => edgeText(i18n, e))
        .join('; '),
    }));
  return (
    <Flex vertical gap={8}>
      {view.omitted > 0 ? (
        <Typography.Text type="secondary">
          {t('screen.network.focus.omitted', { count: view.omitted })}
        </Typography.Text>
      ) : null}
      <div data-testid="focus-graph" data-center={view.center}>
        <EChart label={label} option={option} height={520} onItemClick={onItemClick} />
      </div>
      <Table
        size="small"
        rowKey={(r) => r.n.key}
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20 } : false}
        data-testid="focus-table"
        columns={[
          {
            title: t('screen.network.focus.column.node'),
            key: 'node',
            render: (_, r) => nodeName(i18n, r.n),
          },
          {
            title: t('screen.network.focus.column.type'),
            key: 'type',
            render: (_, r) => typeName(i18n, r.n.node.type),
          },
          {
            title: t('screen.network.focus.column.relation'),
            key: 'relation',
            dataIndex: 'relation',
          },
          {
            title: t('screen.network.focus.column.degree'),
            key: 'degree',
            render: (_, r) => r.n.degree,
          },
          {
            title: t('screen.network.focus.open'),
            key: 'open',
            render: (_, r) => (
              <Button size="small" onClick={() => onFocus(r.n.key)}>
                {t('screen.network.focus.open')}
              </Button>
            ),
          },
        ]}
      />
    </Flex>
  );
}
