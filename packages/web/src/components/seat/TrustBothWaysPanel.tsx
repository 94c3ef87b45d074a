/**
 * Trust both ways on one agreement: our trust in each partner party beside its trust in
 * us, and the obligations we owe under the agreement with each partner's word on them (a
 * partner's contact says whether we kept them).
 */
import { Alert, Button, Card, Flex, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import type { AgreementTrust } from '../../api/types';
import { todayUtc } from '../../app/periods';
import { useLoad } from '../../app/use-load';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorPanel } from '../ErrorBoundary';
import { PageLoading } from '../PageLoading';
import type { SeatProps } from './seat';

export function TrustBothWaysPanel({ slug, agreement, seat, partyName }: SeatProps) {
  const i18n = useI18n();
  const { t, formatNumber, formatDate } = i18n;
  const path = { params: { path: { slug, id: agreement.code } } };
  const loaded = useLoad(
    () => unwrap(api.GET('/api/workspaces/{slug}/agreements/{id}/trust', path)),
    [slug, agreement.code],
  );
  const [answer, setAnswer] = useState<AgreementTrust | undefined>();
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  if (loaded.status === 'error') return <ErrorPanel error={loaded.error} onRetry={loaded.reload} />;
  const trust = answer ?? loaded.data;
  if (trust === undefined) return <PageLoading />;
  const party = seat.kind === 'partner' ? seat.party : null;
  const figure = (f: { score: number; counted: number }) =>
    t('screen.seat.trust.figure', {
      score: formatNumber(f.score, { maximumFractionDigits: 2 }),
      counted: f.counted,
    });
  const say = async (obligation: string, verdict: 'kept' | 'broken') => {
    if (party === null) return;
    setBusy(true);
    setFailure(undefined);
    try {
      setAnswer(
        await unwrap(
          api.POST('/api/workspaces/{slug}/agreements/{id}/obligations/{obligation}/verdicts', {
            params: { path: { slug, id: agreement.code, obligation } },
            body: { party, verdict, date: todayUtc(), note },
          }),
        ),
      );
      setNote('');
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary">{t('screen.seat.trust.help')}</Typography.Paragraph>
      <Table
        size="small"
        rowKey="party"
        pagination={false}
        dataSource={[...trust.parties]}
        data-testid="trust-both-ways"
        columns={[
          { title: t('screen.seat.trust.party'), render: (_, p) => partyName(p.party) },
          { title: t('screen.seat.trust.ofThem'), render: (_, p) => figure(p.ofThem) },
          { title: t('screen.seat.trust.ofUs'), render: (_, p) => figure(p.ofUs) },
        ]}
      />
      <Card size="small" title={t('screen.seat.trust.ours')}>
        {trust.ours.length === 0 ? (
          <Typography.Text type="secondary">{t('screen.seat.trust.noneOurs')}</Typography.Text>
        ) : (
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={[...trust.ours]}
            columns={[
              { title: t('screen.seat.trust.obligation'), dataIndex: 'title' },
              { title: t('screen.seat.trust.due'), render: (_, o) => formatDate(o.dueDate) },
              {
                title: t('screen.seat.trust.verdicts'),
                render: (_, o) => (
                  <Flex vertical gap={4}>
                    {o.verdicts.map((v) => (
                      <span key={v.party}>
                        {t(
                          v.verdict === 'kept'
                            ? 'screen.seat.trust.kept'
                            : 'screen.seat.trust.broken',
                          {
                            party: partyName(v.party),
                            date: formatDate(v.date),
                          },
                        )}
                        {v.note === '' ? '' : ` · ${v.note}`}
                      </span>
                    ))}
                    {party === null ? null : (
                      <Flex gap={4}>
                        <Button size="small" loading={busy} onClick={() => void say(o.id, 'kept')}>
                          {t('screen.seat.trust.sayKept')}
                        </Button>
                        <Button
                          size="small"
                          danger
                          loading={busy}
                          onClick={() => void say(o.id, 'broken')}
                        >
                          {t('screen.seat.trust.sayBroken')}
                        </Button>
                      </Flex>
                    )}
                  </Flex>
                ),
              },
            ]}
          />
        )}
        {party === null || trust.ours.length === 0 ? null : (
          <Input
            style={{ marginTop: 8 }}
            aria-label={t('screen.seat.trust.note')}
            placeholder={t('screen.seat.trust.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
        {failure === undefined ? null : (
          <Alert type="error" showIcon title={problemMessage(failure, i18n)} />
        )}
      </Card>
    </Flex>
  );
}
