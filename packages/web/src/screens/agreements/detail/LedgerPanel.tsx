/**
 * The agreement's ledger: every entry in the order it was recorded, with its sequence
 * number and (short) hash in the workspace's hash chain; money events recorded here, and
 * mistakes fixed by a correcting event, never by editing.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import type { LedgerEntry } from '../../../api/types';
import { todayUtc } from '../../../app/periods';
import { useLoad } from '../../../app/use-load';
import { ErrorPanel } from '../../../components/ErrorBoundary';
import { PageLoading } from '../../../components/PageLoading';
import { sayMessage } from '../../../i18n/codes/say-message';
import { useI18n } from '../../../i18n/I18nProvider';
import { documentOf } from '../document';
import { correctionOf, type EventValues } from '../ledger-event';
import { LedgerTable } from './LedgerTable';
import type { AgreementPanelProps } from './ObligationsPanel';
import { RecordEventModal } from './RecordEventModal';

export function LedgerPanel({
  slug,
  agreement,
  canWrite,
  partyName,
  changes,
  onRecorded,
}: AgreementPanelProps & { readonly changes: number; readonly onRecorded: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const loaded = useLoad(
    () =>
      Promise.all([
        unwrap(
          api.GET('/api/workspaces/{slug}/agreements/{id}/ledger', {
            params: { path: { slug, id: agreement.id } },
          }),
        ),
        unwrap(api.GET('/api/workspaces/{slug}/ledger/verify', { params: { path: { slug } } })),
      ]),
    [slug, agreement.id, changes],
  );
  const [editing, setEditing] = useState<{ values: EventValues; correcting?: LedgerEntry }>();
  if (loaded.status === 'error') return <ErrorPanel error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data === undefined) return <PageLoading />;
  const [entries, chain] = loaded.data;

  const correct = (entry: LedgerEntry) => {
    const values = correctionOf(entry, todayUtc());
    if (values !== undefined) setEditing({ values, correcting: entry });
  };

  return (
    <Flex vertical gap={12}>
      {chain.intact ? (
        <Alert
          type="success"
          showIcon
          data-testid="chain-state"
          title={t('screen.agreements.ledger.intact', { entries: chain.entries })}
        />
      ) : (
        <Alert
          type="error"
          showIcon
          data-testid="chain-state"
          title={t('screen.agreements.ledger.broken', { seq: chain.firstBad?.seq ?? '—' })}
          description={
            chain.firstBad && sayMessage(i18n, chain.firstBad.because, chain.firstBad.reason)
          }
        />
      )}
      {canWrite ? (
        <Button
          icon={<PlusOutlined aria-hidden />}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => setEditing({ values: { kind: 'revenue', date: todayUtc() } })}
        >
          {t('screen.agreements.ledger.record')}
        </Button>
      ) : null}
      <LedgerTable
        entries={entries}
        canWrite={canWrite}
        partyName={partyName}
        currency={documentOf(agreement).currency}
        onCorrect={correct}
      />
      {editing === undefined ? null : (
        <RecordEventModal
          slug={slug}
          agreement={agreement}
          partyName={partyName}
          initial={editing.values}
          correcting={editing.correcting}
          onClose={() => setEditing(undefined)}
          onRecorded={() => {
            setEditing(undefined);
            onRecorded();
          }}
        />
      )}
    </Flex>
  );
}
