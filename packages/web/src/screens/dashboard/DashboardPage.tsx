/**
 * The dashboard: the portfolio we run against the proposed one (current S, proposed S, the
 * keep/add/exit plan with its costs, keep and exit locks), current S over time (planned and
 * realised per quarter), the value S of the optimal
 * portfolio and its distribution, partners by
 * kind and status, resource use against capacity, alerts from the workspace's data, and
 * the running partnerships: obligations and reviews due, falling trust or net, the ledger.
 * A workspace without partners gets the steps to start instead.
 */
import { Alert, Col, Row } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { problemMessage } from '../../api/api-error';
import { useLoad } from '../../app/use-load';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { PageLayout } from '../../components/PageLayout';
import { PageLoading } from '../../components/PageLoading';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentWorkspace } from '../../workspace/WorkspacesProvider';
import { AlertsSection } from './AlertsSection';
import { deriveAlerts } from './alerts';
import { CountsSection } from './CountsSection';
import { type DashboardData, loadDashboard, loadEngine } from './load-dashboard';
import { MoveSection } from './MoveSection';
import { type Locks, movePlanOf } from './move-plan';
import { OperationsSection } from './OperationsSection';
import { ResourceSection } from './ResourceSection';
import { SOverTimeSection } from './SOverTimeSection';
import { ValueSection } from './ValueSection';

function Dashboard({ data, slug }: { readonly data: DashboardData; readonly slug: string }) {
  const alerts = useMemo(() => deriveAlerts(data), [data]);
  const i18n = useI18n();
  const { workspace } = useCurrentWorkspace();
  // A solve under keep/exit locks replaces the engine's part of the dashboard.
  const [engine, setEngine] = useState(data.engine);
  const [solving, setSolving] = useState(false);
  const [solveError, setSolveError] = useState<unknown>();
  useEffect(() => setEngine(data.engine), [data.engine]);
  const plan = useMemo(() => {
    if (engine === undefined) return undefined;
    const partners = new Map(engine.portfolio.partners.map((p) => [p.id, p]));
    // The portfolio we run is the same whatever the locks: its S from the unlocked answer.
    const currentS = data.engine?.optimize.current?.objective;
    return movePlanOf(engine.optimize, (id) => partners.get(id), engine.locks, currentS);
  }, [engine, data.engine]);
  const solve = async (locks: Locks) => {
    setSolving(true);
    setSolveError(undefined);
    try {
      setEngine(await loadEngine(slug, locks));
    } catch (error) {
      setSolveError(error);
    } finally {
      setSolving(false);
    }
  };
  return (
    <>
      {solveError === undefined ? null : (
        <Alert type="error" showIcon role="alert" title={problemMessage(solveError, i18n)} />
      )}
      {engine === undefined || plan === undefined ? null : (
        <MoveSection
          key={JSON.stringify(engine.locks)}
          plan={plan}
          current={data.engine?.current}
          unit={data.unit}
          locks={engine.locks}
          canSolve={workspace?.role !== 'viewer'}
          solving={solving}
          onSolve={(locks) => void solve(locks)}
        />
      )}
      <SOverTimeSection slug={slug} />
      {engine?.simulation === undefined ? null : (
        <ValueSection
          summary={engine.simulation.summary}
          samples={engine.simulation.samples}
          unit={data.unit}
        />
      )}
      <OperationsSection operations={data.operations} slug={slug} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={engine === undefined ? 24 : 12}>
          <AlertsSection alerts={alerts} slug={slug} />
        </Col>
        {engine === undefined ? null : (
          <Col xs={24} lg={12}>
            <ResourceSection optimize={engine.optimize} />
          </Col>
        )}
      </Row>
      <CountsSection data={data} />
    </>
  );
}

export default function DashboardPage() {
  const { t } = useI18n();
  const { slug } = useCurrentWorkspace();
  const dashboard = useLoad(() => loadDashboard(slug), [slug]);
  return (
    <PageLayout title={t('nav.dashboard')} description={t('screen.dashboard.description')}>
      {dashboard.status === 'error' ? (
        <ErrorPanel error={dashboard.error} onRetry={dashboard.reload} />
      ) : dashboard.data === undefined ? (
        <PageLoading />
      ) : dashboard.data.total === 0 ? (
        <EmptyState
          title={t('screen.dashboard.emptyTitle')}
          description={t('screen.dashboard.emptyDescription')}
          steps={[
            t('screen.dashboard.emptyStepImport'),
            t('screen.dashboard.emptyStepAdd'),
            t('screen.dashboard.emptyStepOptimize'),
          ]}
        />
      ) : (
        <Dashboard data={dashboard.data} slug={slug} />
      )}
    </PageLayout>
  );
}
