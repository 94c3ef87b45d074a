/**
 * One agreement: its status and the moves from it, then its terms, obligations and
 * milestones, ledger, settlement of a period, recorded statements, amendments, the health
 * check, trust both ways and fair shares, each in a tab. `?tab=amendments` opens the
 * amendments (where a review's draft amendment waits to be edited).
 */

import { ArrowLeftOutlined } from '@ant-design/icons';
import { Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../../api/api-error';
import { api, unwrap } from '../../../api/client';
import type { Agreement } from '../../../api/types';
import { agreementsPath } from '../../../app/record-paths';
import { useLoad } from '../../../app/use-load';
import { STATUS_COLOR, statusLabel, typeLabel } from '../../../components/agreement-labels';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorPanel } from '../../../components/ErrorBoundary';
import { LinkButton } from '../../../components/LinkButton';
import { PageLayout } from '../../../components/PageLayout';
import { PageLoading } from '../../../components/PageLoading';
import { LinkedRisks } from '../../../components/risks/LinkedRisks';
import type { DraftEditorProps } from '../../../components/seat/seat';
import { seatTabItems } from '../../../components/seat/seat-tabs';
import { Tone } from '../../../components/Tone';
import { usePartners, usePartyName } from '../../../components/use-parties';
import { useI18n } from '../../../i18n/I18nProvider';
import { useCurrentWorkspace } from '../../../workspace/WorkspacesProvider';
import { DraftAmendmentEditor } from './DraftAmendmentEditor';
import { FairSharesPanel } from './FairSharesPanel';
import { LedgerPanel } from './LedgerPanel';
import { ObligationsPanel } from './ObligationsPanel';
import { SettlementPanel } from './SettlementPanel';
import { StatusActions } from './StatusActions';
import { TermsSummary } from './TermsSummary';

export function AgreementDetail({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const { slug, workspace } = useCurrentWorkspace();
  const canWrite = workspace?.role !== 'viewer';
  const [search] = useSearchParams();
  const toAmendments = search.get('tab') === 'amendments';
  const loaded = useLoad(
    () =>
      unwrap(api.GET('/api/workspaces/{slug}/agreements/{id}', { params: { path: { slug, id } } })),
    [slug, id],
  );
  const { byKey } = usePartners(slug);
  const partyName = usePartyName(byKey);
  const [agreement, setAgreement] = useState<Agreement | undefined>();
  // Each ledger write bumps this, so the settlement and the ledger tab show it at once.
  const [ledgerChanges, setLedgerChanges] = useState(0);
  const fresh = loaded.status === 'done' ? loaded.data : undefined;
  useEffect(() => {
    if (fresh !== undefined) setAgreement(fresh);
  }, [fresh]);

  const back = (
    <LinkButton to={agreementsPath(slug)} icon={<ArrowLeftOutlined aria-hidden />}>
      {t('screen.agreements.back')}
    </LinkButton>
  );
  if (loaded.status === 'error') {
    const missing = isApiError(loaded.error) && loaded.error.status === 404;
    return (
      <PageLayout title={t('nav.agreements')} actions={back}>
        {missing ? (
          <EmptyState compact title={t('screen.agreements.notFound', { id })} actions={back} />
        ) : (
          <ErrorPanel error={loaded.error} onRetry={loaded.reload} />
        )}
      </PageLayout>
    );
  }
  if (agreement === undefined) {
    return (
      <PageLayout title={t('nav.agreements')} actions={back}>
        <PageLoading />
      </PageLayout>
    );
  }

  const common = { slug, agreement, canWrite, partyName };
  const seatProps = {
    slug,
    agreement,
    partyName,
    seat: { kind: 'team', canWrite },
    renderDraftEditor: (props: DraftEditorProps) => (
      <DraftAmendmentEditor {...props} slug={slug} agreementCode={agreement.code} />
    ),
  } as const;
  const ledgerChanged = () => setLedgerChanges((n) => n + 1);
  return (
    <PageLayout
      title={agreement.title}
      description={
        <>
          <Typography.Text code>{agreement.code}</Typography.Text> · {typeLabel(t, agreement.type)}{' '}
          ·{' '}
          <Tone color={STATUS_COLOR[agreement.status]} data-testid="agreement-status">
            {statusLabel(t, agreement.status)}
          </Tone>
        </>
      }
      actions={
        <>
          {back}
          {canWrite ? (
            <StatusActions slug={slug} agreement={agreement} onChanged={setAgreement} />
          ) : null}
        </>
      }
    >
      <Tabs
        {...(toAmendments ? { defaultActiveKey: 'seat' } : {})}
        items={[
          {
            key: 'terms',
            label: t('screen.agreements.tab.terms'),
            children: <TermsSummary agreement={agreement} partyName={partyName} />,
          },
          {
            key: 'obligations',
            label: t('screen.agreements.tab.obligations'),
            children: <ObligationsPanel {...common} onLedgerChanged={ledgerChanged} />,
          },
          {
            key: 'ledger',
            label: t('screen.agreements.tab.ledger'),
            children: (
              <LedgerPanel {...common} changes={ledgerChanges} onRecorded={ledgerChanged} />
            ),
          },
          {
            key: 'settlement',
            label: t('screen.agreements.tab.settlement'),
            children: <SettlementPanel {...common} changes={ledgerChanges} />,
          },
          {
            key: 'seat',
            label: t('screen.seat.tab.seat'),
            children: (
              <Tabs
                size="small"
                {...(toAmendments ? { defaultActiveKey: 'amendments' } : {})}
                items={seatTabItems(t, seatProps)}
              />
            ),
          },
          {
            key: 'risks',
            label: t('screen.risks.linked.tab'),
            children: <LinkedRisks slug={slug} link={{ agreement: agreement.code }} />,
          },
          {
            key: 'fair-shares',
            label: t('screen.agreements.tab.fairShares'),
            children: <FairSharesPanel {...common} onSaved={setAgreement} />,
          },
        ]}
      />
    </PageLayout>
  );
}
