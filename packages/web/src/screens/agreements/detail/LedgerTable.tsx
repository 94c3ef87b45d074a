/** Ledger entries in recording order: seq, short hash, date, kind, what happened, who, when; and "Correct". */
import { Button, Table, Tooltip, Typography } from 'antd';
import type { LedgerEntry } from '../../../api/types';
import { useDay } from '../../../components/use-parties';
import { useI18n } from '../../../i18n/I18nProvider';
import { eventKindLabel } from '../labels';
import { isCorrectable, shortHash } from '../ledger-event';
import { useEventText } from './event-text';

export function LedgerTable({
  entries,
  canWrite,
  partyName,
  currency,
  onCorrect,
}: {
  readonly entries: readonly LedgerEntry[];
  readonly currency?: string | undefined;
  readonly canWrite: boolean;
  readonly partyName: (party: string) => string;
  readonly onCorrect: (entry: LedgerEntry) => void;
}) {
  const { t, formatDateTime } = useI18n();
  const day = useDay();
  const describe = useEventText(partyName, currency);
  return (
    <Table<LedgerEntry>
      size="small"
      rowKey="seq"
      data-testid="ledger-table"
      aria-label={t('screen.agreements.tab.ledger')}
      dataSource={entries as LedgerEntry[]}
      pagination={entries.length > 100 ? { pageSize: 100 } : false}
      scroll={{ x: 1000 }}
      locale={{ emptyText: t('screen.agreements.ledger.none') }}
      columns={[
        { key: 'seq', title: t('screen.agreements.ledger.seq'), dataIndex: 'seq', width: 70 },
        {
          key: 'hash',
          title: t('screen.agreements.ledger.hash'),
          width: 130,
          render: (_: unknown, e: LedgerEntry) => (
            <Tooltip title={e.hash}>
              <Typography.Text
                code
                aria-label={t('screen.agreements.ledger.hashFull', { hash: e.hash })}
              >
                {shortHash(e.hash)}
              </Typography.Text>
            </Tooltip>
          ),
        },
        {
          key: 'date',
          title: t('screen.agreements.ledger.date'),
          width: 130,
          render: (_: unknown, e: LedgerEntry) => day(e.eventDate),
        },
        {
          key: 'kind',
          title: t('screen.agreements.ledger.kind'),
          width: 130,
          render: (_: unknown, e: LedgerEntry) => eventKindLabel(t, e.kind),
        },
        {
          key: 'what',
          title: t('screen.agreements.ledger.what'),
          render: (_: unknown, e: LedgerEntry) => describe(e),
        },
        {
          key: 'who',
          title: t('screen.agreements.ledger.who'),
          width: 220,
          render: (_: unknown, e: LedgerEntry) => (
            <>
              {e.author ?? t('screen.agreements.ledger.system')}
              <br />
              <Typography.Text type="secondary">{formatDateTime(e.at)}</Typography.Text>
            </>
          ),
        },
        {
          key: 'action',
          title: t('screen.agreements.obligations.action'),
          width: 120,
          render: (_: unknown, e: LedgerEntry) =>
            canWrite && isCorrectable(e) ? (
              <Button
                size="small"
                onClick={() => onCorrect(e)}
                aria-label={t('screen.agreements.ledger.correctEntry', { seq: e.seq })}
              >
                {t('screen.agreements.ledger.correct')}
              </Button>
            ) : null,
        },
      ]}
    />
  );
}
