/**
 * The network: partners, capabilities and domains as an interactive graph with synergies
 * as edges, a filter by kind, the capabilities the cover constraint requires (covered or
 * missing in the current optimal selection), and the same graph as tables.
 */
import { Card, Checkbox, Col, Flex, Row, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { workspacePath } from '../../app/paths';
import { useLoad } from '../../app/use-load';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { LinkButton } from '../../components/LinkButton';
import { PageLayout } from '../../components/PageLayout';
import { PageLoading } from '../../components/PageLoading';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentWorkspace } from '../../workspace/WorkspacesProvider';
import { buildGraph, coverageOf, KINDS, type Kind } from './build-graph';
import { CoverageCard } from './CoverageCard';
import { loadNetwork, type NetworkData } from './load-network';
import { NetworkGraph } from './NetworkGraph';
import { NetworkTables } from './NetworkTables';

/** A force layout stays readable (and fast) up to about this many partners. */
const GRAPH_LIMIT = 300;

function Network({ data }: { readonly data: NetworkData }) {
  const { t } = useI18n();
  const [kinds, setKinds] = useState<readonly Kind[]>(KINDS);
  const graph = useMemo(
    () =>
      buildGraph(data.partners, data.synergies, {
        kinds: new Set(kinds),
        required: data.required,
        selected: data.selected,
        limit: GRAPH_LIMIT,
      }),
    [data, kinds],
  );
  const coverage = useMemo(() => coverageOf(data.required, data.partners, data.selected), [data]);
  const counts = {
    partners: graph.centrality.length,
    capabilities: graph.nodes.filter((n) => n.type === 'offer').length,
    domains: graph.nodes.filter((n) => n.type === 'domain').length,
    edges: graph.edges.length,
  };
  const summary = t('screen.network.counts', counts);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={17}>
        <Card>
          <Flex vertical gap={8}>
            <Flex gap={12} wrap align="center" role="group" aria-labelledby="network-kind-filter">
              <Typography.Text id="network-kind-filter" strong>
                {t('screen.network.filterKind')}
              </Typography.Text>
              <Checkbox.Group
                value={[...kinds]}
                onChange={(value) => setKinds(KINDS.filter((k) => value.includes(k)))}
                options={KINDS.map((kind) => ({
                  value: kind,
                  label: t(`screen.network.kind.${kind}`),
                }))}
              />
            </Flex>
            <Typography.Text data-testid="network-counts" aria-live="polite">
              {summary}
            </Typography.Text>
            {graph.omitted > 0 ? (
              <Typography.Text type="secondary">
                {t('screen.network.omitted', { shown: counts.partners, omitted: graph.omitted })}
              </Typography.Text>
            ) : null}
            <Typography.Text type="secondary">{t('screen.network.legendNote')}</Typography.Text>
            <NetworkGraph graph={graph} label={t('screen.network.graphLabel', counts)} />
          </Flex>
        </Card>
      </Col>
      <Col xs={24} xl={7}>
        <CoverageCard coverage={coverage} status={data.optimizeStatus} />
      </Col>
      <Col span={24}>
        <Card
          title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('screen.network.tablesTitle')}</h2>}
        >
          <NetworkTables graph={graph} />
        </Card>
      </Col>
    </Row>
  );
}

export default function NetworkPage() {
  const { t } = useI18n();
  const { slug } = useCurrentWorkspace();
  const network = useLoad(() => loadNetwork(slug), [slug]);
  return (
    <PageLayout title={t('nav.network')} description={t('screen.network.description')}>
      {network.status === 'error' ? (
        <ErrorPanel error={network.error} onRetry={network.reload} />
      ) : network.data === undefined ? (
        <PageLoading />
      ) : network.data.partners.length === 0 ? (
        <EmptyState
          title={t('screen.network.emptyTitle')}
          description={t('screen.network.emptyDescription')}
          steps={[t('screen.network.emptyStepPartners'), t('screen.network.emptyStepSynergies')]}
          actions={
            <LinkButton type="primary" to={workspacePath(slug, 'partners')}>
              {t('screen.network.openPartners')}
            </LinkButton>
          }
        />
      ) : (
        <Network data={network.data} />
      )}
    </PageLayout>
  );
}
