/**
 * The partner portal: what a partner's contact (role `partner`) sees of the workspace, the
 * agreements its organisation is party to, each with its obligations, its ledger entries
 * and the settlement of a period. The server filters every list to the partner's own.
 */
import { Alert, Button, Card, Collapse, Empty, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import type { Agreement, Settlement } from '../../api/types';
import { useLoad } from '../../app/use-load';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { PageLayout } from '../../components/PageLayout';
import { PageLoading } from '../../components/PageLoading';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentWorkspace } from '../../workspace/WorkspacesProvider';

function AgreementPanel({
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

export default function PortalPage() {
  const { t, formatDate } = useI18n();
  const { slug } = useCurrentWorkspace();
  const path = { params: { path: { slug } } };
  const loaded = useLoad(
    () =>
      Promise.all([
        unwrap(api.GET('/api/workspaces/{slug}/agreements', path)),
        unwrap(api.GET('/api/workspaces/{slug}/obligations', path)),
      ]),
    [slug],
  );
  if (loaded.status === 'error') return <ErrorPanel error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data === undefined) return <PageLoading />;
  const [agreements, obligations] = loaded.data;
  return (
    <PageLayout title={t('nav.portal')} description={t('screen.portal.description')}>
      {agreements.length === 0 ? (
        <Empty description={t('screen.portal.none')} />
      ) : (
        <Flex vertical gap={16}>
          <Card title={t('screen.portal.obligations')}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={[...obligations]}
              columns={[
                { title: t('screen.portal.title'), dataIndex: 'title' },
                { title: t('nav.agreements'), dataIndex: 'agreement' },
                { title: t('screen.portal.owner'), dataIndex: 'owner' },
                { title: t('screen.portal.due'), render: (_, o) => formatDate(o.dueDate) },
                { title: t('screen.portal.state'), render: (_, o) => <Tag>{o.state}</Tag> },
              ]}
            />
          </Card>
          <Collapse
            items={agreements.map((a) => ({
              key: a.code,
              label: `${a.title} (${a.code}) · ${t('screen.agreements.termRange', {
                start: formatDate(a.start),
                end: a.end === null ? '' : formatDate(a.end),
              })}`,
              children: <AgreementPanel slug={slug} agreement={a} />,
            }))}
          />
        </Flex>
      )}
    </PageLayout>
  );
}
