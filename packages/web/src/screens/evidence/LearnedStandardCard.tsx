/**
 * Learning the selection standard (issue 13, §4): rank correlation of each criterion with
 * realised success and its bootstrap interval, today's against the proposed weights, their
 * fit in and out of sample, the partners whose rank would change, and, for editors, adopting
 * the proposed weights as a new criteria version. Nothing changes by itself.
 */
import { Alert, Button, Card, Flex, message, Table, Typography } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../api/api-error';
import { useI18n } from '../../i18n/I18nProvider';
import { adoptWeights, type Learned, learnStandard } from './learn-calls';

export function LearnedStandardCard({
  slug,
  canWrite,
}: {
  readonly slug: string;
  readonly canWrite: boolean;
}) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const [learned, setLearned] = useState<Learned | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const fmt = (v: number | null | undefined, digits = 2) =>
    v === null || v === undefined ? '—' : formatNumber(v, { maximumFractionDigits: digits });

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      setError(problemMessage(caught, i18n));
    } finally {
      setBusy(false);
    }
  };
  const learn = () => run(async () => setLearned(await learnStandard(slug, 1)));
  const adopt = (weights: Readonly<Record<string, number>>) =>
    run(async () => {
      const version = await adoptWeights(slug, weights);
      void message.success(t('screen.evidence.adopted', { version }));
    });

  const ok = learned?.status === 'ok' ? learned : undefined;
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('screen.evidence.learnTitle')}</h2>}>
      <Flex vertical gap={12} data-testid="learned-standard">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('screen.evidence.learnIntro')}
        </Typography.Paragraph>
        <div>
          <Button loading={busy} onClick={() => void learn()}>
            {t('screen.evidence.learnRun')}
          </Button>
        </div>
        {error ? <Alert type="error" showIcon message={error} role="alert" /> : null}
        {learned?.status === 'insufficient' ? (
          <Alert
            type="info"
            showIcon
            message={t(
              learned.reason === 'no_variation'
                ? 'screen.evidence.learn.no_variation'
                : 'screen.evidence.learn.too_few_reviewed',
              { reviewed: learned.reviewed, needed: learned.needed ?? 8 },
            )}
          />
        ) : null}
        {ok?.criteria && ok.today && ok.proposed ? (
          <>
            <Typography.Text>
              {t('screen.evidence.learnReviewed', { reviewed: ok.reviewed })}
            </Typography.Text>
            <Table
              size="small"
              pagination={false}
              rowKey="criterion"
              dataSource={ok.criteria}
              columns={[
                { title: t('screen.evidence.criterion'), dataIndex: 'criterion' },
                { title: t('screen.evidence.rho'), align: 'right', render: (_, c) => fmt(c.rho) },
                {
                  title: t('screen.evidence.rhoInterval'),
                  align: 'right',
                  render: (_, c) => (c.ci ? `${fmt(c.ci[0])} – ${fmt(c.ci[1])}` : '—'),
                },
                {
                  title: t('screen.evidence.today'),
                  align: 'right',
                  render: (_, c) => fmt(ok.today?.weights[c.criterion], 3),
                },
                {
                  title: t('screen.evidence.proposed'),
                  align: 'right',
                  render: (_, c) => fmt(ok.proposed?.weights[c.criterion], 3),
                },
              ]}
            />
            <Typography.Text>
              {t('screen.evidence.fitSummary', {
                today: fmt(ok.today.rho),
                proposed: fmt(ok.proposed.rho),
                loo: fmt(ok.proposed.looRho),
              })}
            </Typography.Text>
            <Typography.Text strong>{t('screen.evidence.changesTitle')}</Typography.Text>
            {(ok.changes ?? []).length === 0 ? (
              <Typography.Text>{t('screen.evidence.noChanges')}</Typography.Text>
            ) : (
              <Table
                size="small"
                pagination={false}
                rowKey="id"
                dataSource={ok.changes ?? []}
                columns={[
                  { title: t('screen.evidence.partner'), dataIndex: 'id' },
                  { title: t('screen.evidence.rankToday'), dataIndex: 'today', align: 'right' },
                  {
                    title: t('screen.evidence.rankProposed'),
                    dataIndex: 'proposed',
                    align: 'right',
                  },
                ]}
              />
            )}
            {canWrite ? (
              <div>
                <Button
                  type="primary"
                  loading={busy}
                  onClick={() => void adopt(ok.proposed?.weights ?? {})}
                >
                  {t('screen.evidence.adopt')}
                </Button>
              </div>
            ) : null}
          </>
        ) : null}
      </Flex>
    </Card>
  );
}
