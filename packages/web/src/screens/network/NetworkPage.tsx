/**
 * The network, around questions: what the running portfolio covers and lacks (the
 * coverage matrix), one node and its neighbourhood (the focused graph), who it hangs on
 * (single points of failure), who could fill a gap ("find a partner", with the facts
 * behind each candidate), whether the rules hold, and the capability vocabulary.
 */
import { Alert, Card, Flex, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { workspacePath } from '../../app/paths';
import { useLoad } from '../../app/use-load';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { LinkButton } from '../../components/LinkButton';
import { PageLayout } from '../../components/PageLayout';
import { PageLoading } from '../../components/PageLoading';
import { buildVocabulary } from '../../engine';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentWorkspace } from '../../workspace/WorkspacesProvider';
import { CoverageMatrix } from './CoverageMatrix';
import { CriticalList } from './CriticalList';
import { FindPartner, type NeedQuery } from './FindPartner';
import { FocusGraph } from './FocusGraph';
import { loadNetwork, type NetworkData } from './load-network';
import { ProposalChange } from './ProposalChange';
import { RulesPanel } from './RulesPanel';
import { VocabularyEditor } from './VocabularyEditor';

type TabKey = 'coverage' | 'graph' | 'critical' | 'match' | 'rules' | 'vocabulary';

function Network({
  data,
  slug,
  canEdit,
  reload,
}: {
  readonly data: NetworkData;
  readonly slug: string;
  readonly canEdit: boolean;
  readonly reload: () => void;
}) {
  const { t, locale } = useI18n();
  const [tab, setTab] = useState<TabKey>('coverage');
  const [query, setQuery] = useState<NeedQuery | undefined>();
  const { graph } = data;
  const firstFocus = graph?.critical.critical[0]?.id ?? data.partners[0]?.id ?? '';
  const [focus, setFocus] = useState(`o:${firstFocus}`);
  const vocabulary = useMemo(
    () => buildVocabulary(data.settings.vocabulary).vocabulary,
    [data.settings.vocabulary],
  );
  const label = (capability: string) => vocabulary.label(capability, locale);
  const capabilities = useMemo(() => {
    const all = new Set([
      ...vocabulary.terms.map((v) => v.id),
      ...(graph?.coverage.capabilities ?? []),
    ]);
    return [...all].sort();
  }, [vocabulary, graph]);
  const domains = graph?.coverage.domains ?? [];
  const focusOn = (key: string) => {
    setFocus(key);
    setTab('graph');
  };
  const focusOptions = useMemo(
    () => [
      ...data.partners.map((p) => ({ value: `o:${p.id}`, label: `${p.name} (${p.id})` })),
      ...(graph?.coverage.capabilities ?? []).map((c) => ({
        value: `c:${c}`,
        label: `${t('screen.network.node.capability')}: ${vocabulary.label(c, locale)}`,
      })),
      ...domains.map((d) => ({
        value: `d:${d}`,
        label: `${t('screen.network.node.domain')}: ${d}`,
      })),
    ],
    [data.partners, graph, domains, t, vocabulary, locale],
  );
  const invalid = <Alert type="warning" showIcon title={t('screen.network.noGraph')} />;
  const items = [
    {
      key: 'coverage',
      label: t('screen.network.tab.coverage'),
      children: graph ? (
        <Flex vertical gap={16}>
          <CoverageMatrix
            graph={graph}
            label={label}
            onFind={(capability, domain) => {
              setQuery({ capability, domain });
              setTab('match');
            }}
            onFocus={focusOn}
          />
          <ProposalChange
            slug={slug}
            canRun={canEdit}
            label={label}
            name={(id) => data.partners.find((p) => p.id === id)?.name ?? id}
          />
        </Flex>
      ) : (
        invalid
      ),
    },
    {
      key: 'graph',
      label: t('screen.network.tab.graph'),
      children: graph ? (
        <FocusGraph slug={slug} focus={focus} onFocus={setFocus} options={focusOptions} />
      ) : (
        invalid
      ),
    },
    {
      key: 'critical',
      label: t('screen.network.tab.critical'),
      children: graph ? (
        <CriticalList critical={graph.critical} label={label} onFocus={focusOn} />
      ) : (
        invalid
      ),
    },
    {
      key: 'match',
      label: t('screen.network.tab.match'),
      children: graph ? (
        <FindPartner
          slug={slug}
          capabilities={capabilities}
          domains={domains}
          label={label}
          query={query}
        />
      ) : (
        invalid
      ),
    },
    {
      key: 'rules',
      label: t('screen.network.tab.rules'),
      children: graph ? (
        <RulesPanel
          slug={slug}
          partners={data.partners}
          hasRules={data.settings.rules.length > 0}
        />
      ) : (
        invalid
      ),
    },
    {
      key: 'vocabulary',
      label: t('screen.network.tab.vocabulary'),
      children: (
        <VocabularyEditor
          slug={slug}
          settings={data.settings}
          version={data.settingsVersion}
          canEdit={canEdit}
          onSaved={reload}
        />
      ),
    },
  ];
  return (
    <Card>
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as TabKey)}
        items={items}
        destroyOnHidden
      />
    </Card>
  );
}

export default function NetworkPage() {
  const { t } = useI18n();
  const { slug, workspace } = useCurrentWorkspace();
  const network = useLoad(() => loadNetwork(slug), [slug]);
  return (
    <PageLayout title={t('nav.network')} description={t('screen.network.description')}>
      {network.status === 'error' && network.data === undefined ? (
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
        <Network
          data={network.data}
          slug={slug}
          canEdit={workspace?.role !== 'viewer'}
          reload={network.reload}
        />
      )}
    </PageLayout>
  );
}
