/**
 * Learning the selection standard (issue 13, §4): the success measure picked (reviews'
 * realised net, settled net of the ledger's statements, or the effect attributed on an
 * outcome), rank correlation with it of each criterion as scored at selection, and its
 * bootstrap interval, today's against the proposed weights, their
 * fit in and out of sample, the partners whose rank would change, and, for editors, adopting
 * the proposed weights as a new criteria version. Nothing changes by itself.
 */
import { Alert, Button, Card, Flex, Form, message, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../api/api-error';
import { useI18n } from '../../i18n/I18nProvider';
import {
  adoptWeights,
  type Learned,
  learnStandard,
  SUCCESS_MEASURES,
  type SuccessMeasure,
} from './learn-calls';

export function LearnedStandardCard({
  slug,
  canWrite,
  outcomes,
}: {
  readonly slug: string;
  readonly canWrite: boolean;
  /** The stored outcomes' names (for `attributed-effect`). */
  readonly outcomes: readonly string[];
}) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const [learned, setLearned] = useState<Learned | undefined>();
  const [success, setSuccess] = useState<SuccessMeasure>('realised-net');
  const [outcome, setOutcome] = useState<string | undefined>(outcomes[0]);
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
  const learn = () =>
    run(async () => setLearned(await learnStandard(slug, 1, success, outcome ?? outcomes[0])));
  const measureName = (doc: Learned) =>
    t(`screen.evidence.successName.${doc.success}`, { outcome: doc.outcome ?? '' });
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
        <Form layout="inline" style={{ rowGap: 12 }}>
          <Form.Item label={t('screen.evidence.successMeasure')}>
            <Select
              aria-label={t('screen.evidence.successMeasure')}
              style={{ minWidth: 260 }}
              value={success}
              onChange={setSuccess}
              options={SUCCESS_MEASURES.map((m) => ({
                value: m,
                label: t(`screen.evidence.success.${m}`),
              }))}
            />
          </Form.Item>
          {success === 'attributed-effect' ? (
            <Form.Item label={t('screen.evidence.learnOutcome')}>
              <Select
                aria-label={t('screen.evidence.learnOutcome')}
                style={{ minWidth: 160 }}
                value={outcome ?? outcomes[0] ?? null}
                onChange={setOutcome}
                options={outcomes.map((o) => ({ value: o, label: o }))}
              />
            </Form.Item>
          ) : null}
          <Form.Item>
            <Button loading={busy} onClick={() => void learn()}>
              {t('screen.evidence.learnRun')}
            </Button>
          </Form.Item>
        </Form>
        {error ? <Alert type="error" showIcon message={error} role="alert" /> : null}
        {learned?.status === 'insufficient' ? (
          <Alert
            type="info"
            showIcon
            message={t(
              learned.reason === 'no_variation'
                ? 'screen.evidence.learn.no_variation'
                : 'screen.evidence.learn.too_few_reviewed',
              {
                reviewed: learned.reviewed,
                needed: learned.needed ?? 8,
                measure: measureName(learned),
              },
            )}
          />
        ) : null}
        {learned && learned.unscored.length > 0 ? (
          <Typography.Text type="secondary" data-testid="learn-unscored">
            {t('screen.evidence.learnUnscored', {
              count: learned.unscored.length,
              measured: learned.measured,
              partners: learned.unscored.join(', '),
            })}
          </Typography.Text>
        ) : null}
        {ok?.criteria && ok.today && ok.proposed ? (
          <>
            <Typography.Text>
              {t('screen.evidence.learnReviewed', {
                reviewed: ok.reviewed,
                measure: measureName(ok),
              })}
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
