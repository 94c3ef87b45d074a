/**
 * The agreement's obligations and milestones, soonest due first: who owes what by when,
 * overdue and due-soon ones highlighted, and each outcome recorded with its evidence. A
 * kept milestone also records the milestone on the ledger, so it pays in that period.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import type { Agreement, Obligation } from '../../../api/types';
import { todayUtc } from '../../../app/periods';
import { useLoad } from '../../../app/use-load';
import { ErrorPanel } from '../../../components/ErrorBoundary';
import { PageLoading } from '../../../components/PageLoading';
import { useI18n } from '../../../i18n/I18nProvider';
import { reminderOf } from '../reminders';
import { AddObligationModal } from './AddObligationModal';
import { ObligationTable } from './ObligationTable';
import { ResolveObligationModal } from './ResolveObligationModal';

export interface AgreementPanelProps {
  readonly slug: string;
  readonly agreement: Agreement;
  readonly canWrite: boolean;
  readonly partyName: (party: string) => string;
}

export function ObligationsPanel({
  slug,
  agreement,
  canWrite,
  partyName,
  onLedgerChanged,
}: AgreementPanelProps & { readonly onLedgerChanged: () => void }) {
  const { t } = useI18n();
  const loaded = useLoad(
    () =>
      unwrap(
        api.GET('/api/workspaces/{slug}/obligations', {
          params: { path: { slug }, query: { agreement: agreement.id } },
        }),
      ),
    [slug, agreement.id],
  );
  const [adding, setAdding] = useState(false);
  const [resolving, setResolving] = useState<Obligation | undefined>();
  if (loaded.status === 'error') return <ErrorPanel error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data === undefined) return <PageLoading />;

  const today = todayUtc();
  const reminders = loaded.data.map((o) => reminderOf(o, today));
  const overdue = reminders.filter((r) => r.kind === 'overdue').length;
  const soon = reminders.filter((r) => r.kind === 'dueSoon').length;

  return (
    <Flex vertical gap={12}>
      {overdue > 0 ? (
        <Alert
          type="error"
          showIcon
          title={t('screen.agreements.obligations.overdueAlert', { count: overdue })}
        />
      ) : null}
      {soon > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('screen.agreements.obligations.soonAlert', { count: soon })}
        />
      ) : null}
      {canWrite ? (
        <Button
          icon={<PlusOutlined aria-hidden />}
          onClick={() => setAdding(true)}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('screen.agreements.obligations.add')}
        </Button>
      ) : null}
      <ObligationTable
        rows={loaded.data}
        today={today}
        canWrite={canWrite}
        partyName={partyName}
        onResolve={setResolving}
      />
      <AddObligationModal
        open={adding}
        slug={slug}
        agreement={agreement}
        partyName={partyName}
        onClose={() => setAdding(false)}
        onAdded={() => {
          setAdding(false);
          loaded.reload();
        }}
      />
      {resolving === undefined ? null : (
        <ResolveObligationModal
          slug={slug}
          obligation={resolving}
          partyName={partyName}
          onClose={() => setResolving(undefined)}
          onDone={() => {
            setResolving(undefined);
            loaded.reload();
            onLedgerChanged();
          }}
        />
      )}
    </Flex>
  );
}
