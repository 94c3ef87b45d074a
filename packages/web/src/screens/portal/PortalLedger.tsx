/**
 * A partner's view of one agreement's ledger, and the settlement of a period computed on
 * demand (what a recorded statement would say).
 */
import { Alert, Button, Card, Flex, Table } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import type { Agreement, Settlement } from '../../api/types';
import { useLoad } from '../../app/use-load';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { useI18n } from '../../i18n/I18nProvider';

export function PortalLedger({
  slug,
  agreement,
}: {
  readonly slug: string;
  readonly agreement: Agreement;
}) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const params = { params: { path: { slug, id: agreement.code } } };
  const ledger = useLoad(
    () => unwrap(api.GET('/api/workspaces/{slug}/agreements/{id}/ledger', params)),
    [slug, agreement.code],
  );
  const [period, setPeriod] = useState<[string, string]>([
    agreement.start,
    new Date().toISOString().slice(0, 10),
  ]);
  const [settlement, setSettlement] = useState<Settlement>();
  const [failure, setFailure] = useState<unknown>();
  const settle = async () => {
    setFailure(undefined);
    try {
      setSettlement(
        await unwrap(
          api.POST('/api/workspaces/{slug}/agreements/{id}/settle', {
            ...params,
            body: { from: period[0], to: period[1] },
          }),
        ),
      );
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('screen.portal.ledger')}>
        {ledger.status === 'error' ? (
          <ErrorPanel error={ledger.error} onRetry={ledger.reload} />
        ) : (
          <Table
            size="small"
            rowKey="seq"
            loading={ledger.status === 'loading'}
            pagination={{ pageSize: 10 }}
            dataSource={[...(ledger.data ?? [])]}
            columns={[
              { title: t('screen.portal.date'), dataIndex: 'eventDate' },
              { title: t('screen.portal.kind'), dataIndex: 'kind' },
              {
                title: t('screen.portal.amount'),
                align: 'right',
                render: (_, e) =>
                  typeof e.event.amount === 'number' ? formatNumber(e.event.amount) : '',
              },
            ]}
          />
        )}
      </Card>
      <Card size="small" title={t('screen.portal.settlement')}>
        <Flex gap={8} wrap align="center">
          <input
            aria-label={t('screen.portal.from')}
            type="date"
            value={period[0]}
            onChange={(e) => setPeriod([e.target.value, period[1]])}
          />
          <input
            aria-label={t('screen.portal.to')}
            type="date"
            value={period[1]}
            onChange={(e) => setPeriod([period[0], e.target.value])}
          />
          <Button onClick={() => void settle()}>{t('screen.portal.settle')}</Button>
        </Flex>
        {failure === undefined ? null : (
          <Alert
            style={{ marginTop: 8 }}
            type="error"
            showIcon
            title={problemMessage(failure, i18n)}
          />
        )}
        {settlement === undefined ? null : (
          <Table
            style={{ marginTop: 8 }}
            size="small"
            rowKey="party"
            pagination={false}
            dataSource={Object.entries(settlement.balances).map(([party, amount]) => ({
              party,
              amount,
            }))}
            columns={[
              { title: t('screen.portal.party'), dataIndex: 'party' },
              {
                title: t('screen.portal.balance'),
                align: 'right',
                render: (_, r) => formatNumber(r.amount),
              },
            ]}
          />
        )}
      </Card>
    </Flex>
  );
}
