/**
 * The Portfolio screen: the constraints form (workspace settings), optimisation with its
 * explanation, the efficient frontier, Monte Carlo with the histogram, and saved scenarios
 * compared side by side. Every run asks the server; the histogram re-runs the same pure
 * Monte Carlo in the browser (see use-browser-simulation.ts).
 */
import { App } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { OptimizeDocument } from '../../api/types';
import { useLoad } from '../../app/use-load';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { PageLayout } from '../../components/PageLayout';
import { PageLoading } from '../../components/PageLoading';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentWorkspace } from '../../workspace/WorkspacesProvider';
import { ConstraintsForm } from './ConstraintsForm';
import { CvarFrontierPanel } from './CvarFrontierPanel';
import { FrontierPanel } from './FrontierPanel';
import { MembershipPanel } from './MembershipPanel';
import { OptimizePanel } from './OptimizePanel';
import { partnerOptions } from './partner-options';
import { ScenariosPanel } from './ScenariosPanel';
import { SimulatePanel } from './SimulatePanel';
import { useConstraintsForm } from './use-constraints-form';
import { useEngineRun } from './use-engine-run';
import { loadPortfolioData, type PortfolioData } from './workspace-data';

export default function PortfolioPage() {
  const { t } = useI18n();
  const { slug } = useCurrentWorkspace();
  const data = useLoad(() => loadPortfolioData(slug), [slug]);
  return (
    <PageLayout title={t('nav.portfolio')} description={t('screen.portfolio.description')}>
      {data.data !== undefined ? (
        data.data.partners.length === 0 ? (
          <EmptyState
            title={t('screen.portfolio.empty.title')}
            description={t('screen.portfolio.empty.description')}
            steps={[
              t('screen.portfolio.empty.stepImport'),
              t('screen.portfolio.empty.stepConstraints'),
            ]}
          />
        ) : (
          <PortfolioWorkbench slug={slug} data={data.data} reload={data.reload} />
        )
      ) : data.status === 'error' ? (
        <ErrorPanel error={data.error} onRetry={data.reload} />
      ) : (
        <PageLoading />
      )}
    </PageLayout>
  );
}

function PortfolioWorkbench({
  slug,
  data,
  reload,
}: {
  readonly slug: string;
  readonly data: PortfolioData;
  readonly reload: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { workspace } = useCurrentWorkspace();
  // Engine runs and settings changes need an editor; a viewer reads.
  const canEdit = workspace?.role !== 'viewer';
  const form = useConstraintsForm(slug, data.settings, reload);
  const optimize = useEngineRun<OptimizeDocument>(slug);
  const [savedScenarios, setSavedScenarios] = useState(0);
  const onSaved = useCallback(() => setSavedScenarios((n) => n + 1), []);
  const partners = useMemo(() => new Map(data.partners.map((p) => [p.id, p])), [data.partners]);
  const options = useMemo(() => partnerOptions(data.partners, t), [data.partners, t]);
  const { settings } = data.settings;

  const { save } = form;
  const saveConstraints = useCallback(async () => {
    const outcome = await save();
    if (outcome === 'invalid') void message.error(t('screen.portfolio.constraints.invalid'));
    if (outcome === 'saved') void message.success(t('screen.portfolio.constraints.savedNow'));
    return outcome === 'saved' || outcome === 'unchanged';
  }, [save, message, t]);

  return (
    <>
      <ConstraintsForm state={form} options={options} offers={data.offers} canEdit={canEdit} />
      <OptimizePanel
        slug={slug}
        control={optimize}
        partners={partners}
        unit={settings.unit}
        objective={settings.objective}
        canRun={canEdit}
        saveConstraints={saveConstraints}
        onSaved={onSaved}
      />
      <FrontierPanel
        slug={slug}
        resources={Object.keys(settings.resources)}
        partners={partners}
        canRun={canEdit}
        saveConstraints={saveConstraints}
        onSaved={onSaved}
      />
      <CvarFrontierPanel
        slug={slug}
        partners={partners}
        canRun={canEdit}
        saveConstraints={saveConstraints}
      />
      <MembershipPanel
        slug={slug}
        partners={partners}
        canRun={canEdit}
        saveConstraints={saveConstraints}
      />
      <SimulatePanel
        slug={slug}
        unit={settings.unit}
        canRun={canEdit}
        saveConstraints={saveConstraints}
        onSaved={onSaved}
      />
      <ScenariosPanel
        slug={slug}
        refreshKey={savedScenarios}
        partners={partners}
        canEdit={canEdit}
      />
    </>
  );
}
