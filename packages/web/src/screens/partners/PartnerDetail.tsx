/**
 * One partner: status, then profile, scores, cost and return, synergies, the running
 * partnership (trust, exit plan, agreements), reviews and history in tabs.
 */
import { ArrowLeftOutlined, DeleteOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { isApiError, problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import { useLoad } from '../../app/use-load';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { LinkButton } from '../../components/LinkButton';
import { PageLayout } from '../../components/PageLayout';
import { PageLoading } from '../../components/PageLoading';
import { LinkedRisks } from '../../components/risks/LinkedRisks';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentWorkspace } from '../../workspace/WorkspacesProvider';
import { EstimatePanel } from './EstimatePanel';
import { HistoryPanel } from './HistoryPanel';
import { kindLabel } from './labels';
import { ProfileForm } from './ProfileForm';
import { PartnershipTab } from './running/PartnershipTab';
import { ReviewsTab } from './running/ReviewsTab';
import { ScoresPanel } from './ScoresPanel';
import { StatusControl } from './StatusControl';
import { SynergiesPanel } from './SynergiesPanel';
import type { PartnerView as Partner } from './views';

export function PartnerDetail({ id }: { readonly id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const navigate = useNavigate();
  // `?tab=reviews`: a link to a review (from the draft amendment it opened) opens its tab.
  const tab = useSearchParams()[0].get('tab');
  const { slug, workspace } = useCurrentWorkspace();
  const canWrite = workspace?.role !== 'viewer';
  const listPath = `/w/${encodeURIComponent(slug)}/partners`;
  const loaded = useLoad(
    () =>
      unwrap(api.GET('/api/workspaces/{slug}/partners/{id}', { params: { path: { slug, id } } })),
    [slug, id],
  );
  const [partner, setPartner] = useState<Partner | undefined>();
  // Each write bumps the history so the audit tab shows it without a page reload.
  const [changes, setChanges] = useState(0);
  // `loaded` itself is a new object on every render: follow its data only.
  const fresh = loaded.status === 'done' ? loaded.data : undefined;
  useEffect(() => {
    if (fresh !== undefined) setPartner(fresh);
  }, [fresh]);
  const changed = (next: Partner) => {
    setPartner(next);
    setChanges((n) => n + 1);
  };

  const remove = async () => {
    if (partner === undefined) return;
    try {
      await unwrap(
        api.DELETE('/api/workspaces/{slug}/partners/{id}', {
          params: { path: { slug, id }, query: { version: partner.version } },
        }),
      );
      void message.success(t('screen.partners.page.deleted', { name: partner.name }));
      void navigate(listPath);
    } catch (error) {
      void message.error(problemMessage(error, i18n));
    }
  };

  const back = (
    <LinkButton to={listPath} icon={<ArrowLeftOutlined aria-hidden />}>
      {t('screen.partners.page.back')}
    </LinkButton>
  );

  if (loaded.status === 'error') {
    const missing = isApiError(loaded.error) && loaded.error.status === 404;
    return (
      <PageLayout title={t('nav.partners')} actions={back}>
        {missing ? (
          <EmptyState compact title={t('screen.partners.page.notFound', { id })} actions={back} />
        ) : (
          <ErrorPanel error={loaded.error} onRetry={loaded.reload} />
        )}
      </PageLayout>
    );
  }
  if (partner === undefined) {
    return (
      <PageLayout title={t('nav.partners')} actions={back}>
        <PageLoading />
      </PageLayout>
    );
  }

  return (
    <PageLayout
      title={partner.name}
      description={
        <>
          <Typography.Text code>{partner.id}</Typography.Text> · {kindLabel(t, partner.kind)}
        </>
      }
      actions={
        <>
          {back}
          {canWrite ? (
            <Popconfirm
              title={t('screen.partners.page.deleteConfirm')}
              okText={t('screen.partners.page.delete')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => void remove()}
            >
              <Button danger icon={<DeleteOutlined aria-hidden />}>
                {t('screen.partners.page.delete')}
              </Button>
            </Popconfirm>
          ) : null}
        </>
      }
    >
      <StatusControl slug={slug} partner={partner} canWrite={canWrite} onChanged={changed} />
      <Tabs
        {...(tab === null ? {} : { defaultActiveKey: tab })}
        items={[
          {
            key: 'profile',
            label: t('screen.partners.page.tabProfile'),
            children: (
              <ProfileForm slug={slug} partner={partner} canWrite={canWrite} onSaved={changed} />
            ),
          },
          {
            key: 'scores',
            label: t('screen.partners.page.tabScores'),
            children: (
              <ScoresPanel
                slug={slug}
                partner={partner}
                canWrite={canWrite}
                onSaved={() => setChanges((n) => n + 1)}
              />
            ),
          },
          {
            key: 'estimates',
            label: t('screen.partners.page.tabEstimates'),
            children: (
              <EstimatePanel
                slug={slug}
                partnerId={partner.id}
                canWrite={canWrite}
                onSaved={() => setChanges((n) => n + 1)}
              />
            ),
          },
          {
            key: 'synergies',
            label: t('screen.partners.page.tabSynergies'),
            children: (
              <SynergiesPanel
                slug={slug}
                partner={partner}
                canWrite={canWrite}
                onSaved={() => setChanges((n) => n + 1)}
              />
            ),
          },
          {
            key: 'partnership',
            label: t('screen.partners.page.tabPartnership'),
            children: (
              <PartnershipTab
                slug={slug}
                partner={partner}
                canWrite={canWrite}
                changes={changes}
                onPartnerChanged={changed}
              />
            ),
          },
          {
            key: 'reviews',
            label: t('screen.partners.page.tabReviews'),
            children: (
              <ReviewsTab
                slug={slug}
                partner={partner}
                canWrite={canWrite}
                onPartnerChanged={changed}
              />
            ),
          },
          {
            key: 'risks',
            label: t('screen.risks.linked.tab'),
            children: <LinkedRisks slug={slug} link={{ partner: partner.id }} />,
          },
          {
            key: 'history',
            label: t('screen.partners.page.tabHistory'),
            children: <HistoryPanel slug={slug} partnerId={partner.id} changes={changes} />,
          },
        ]}
      />
    </PageLayout>
  );
}
