/** The partner's history from the audit log, newest first: who, when, what changed (field: before → after). */
import { Button, Flex, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { PageLoading } from '../../components/PageLoading';
import { useI18n } from '../../i18n/I18nProvider';
import { diffEntry } from './audit-diff';

type Entry = components['schemas']['AuditEntry'];
/** The entries about this partner: its record and its estimate share its id. */
const ENTITIES = new Set(['partner', 'estimate']);
const PAGE = 50;

export function HistoryPanel({
  slug,
  partnerId,
  changes,
}: {
  readonly slug: string;
  readonly partnerId: string;
  /** Bumped by the page after each write, to show it here at once. */
  readonly changes: number;
}) {
  const { t, formatDateTime } = useI18n();
  const [entries, setEntries] = useState<Entry[] | undefined>();
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    async (before: number | null) => {
      setBusy(true);
      try {
        const page = await unwrap(
          api.GET('/api/workspaces/{slug}/audit', {
            params: {
              path: { slug },
              query: { entityId: partnerId, limit: PAGE, ...(before === null ? {} : { before }) },
            },
          }),
        );
        const mine = page.items.filter((e) => ENTITIES.has(e.entity));
        setEntries((old) => (before === null ? mine : [...(old ?? []), ...mine]));
        setNext(page.next);
        setError(undefined);
      } catch (caught) {
        setError(caught);
      } finally {
        setBusy(false);
      }
    },
    [slug, partnerId],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: `changes` asks for the newest entries again.
  useEffect(() => {
    void load(null);
  }, [load, changes]);

  if (error !== undefined && entries === undefined) {
    return <ErrorPanel error={error} onRetry={() => void load(null)} />;
  }
  if (entries === undefined) return <PageLoading />;
  if (entries.length === 0 && next === null) {
    return <Typography.Text type="secondary">{t('screen.partners.history.none')}</Typography.Text>;
  }

  return (
    <Flex vertical gap={12}>
      <Table<Entry>
        size="small"
        rowKey="seq"
        pagination={false}
        data-testid="history"
        aria-label={t('screen.partners.page.tabHistory')}
        dataSource={entries}
        columns={[
          {
            key: 'at',
            title: t('screen.partners.history.when'),
            width: 200,
            render: (_: unknown, e: Entry) => formatDateTime(e.at),
          },
          {
            key: 'actor',
            title: t('screen.partners.history.who'),
            width: 200,
            render: (_: unknown, e: Entry) => e.actor ?? t('screen.partners.history.system'),
          },
          {
            key: 'action',
            title: t('screen.partners.history.what'),
            width: 160,
            render: (_: unknown, e: Entry) => <Typography.Text code>{e.action}</Typography.Text>,
          },
          {
            key: 'changes',
            title: t('screen.partners.history.changes'),
            render: (_: unknown, e: Entry) => (
              <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                {diffEntry(e.before, e.after).map((c) => (
                  <li key={c.field}>
                    <Typography.Text code>{c.field}</Typography.Text>{' '}
                    {c.before === undefined ? t('screen.partners.history.set') : c.before}
                    {' → '}
                    {c.after === undefined ? t('screen.partners.history.removed') : c.after}
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
      {next === null ? null : (
        <Button loading={busy} onClick={() => void load(next)} style={{ alignSelf: 'flex-start' }}>
          {t('screen.partners.history.more')}
        </Button>
      )}
    </Flex>
  );
}
