/**
 * What the register does to the portfolio, as the server's simulate answers it (seeded):
 * S from expected values (no events), the exact expected loss of the events, and the
 * simulated mean, P(S < 0) and CVaR 5 % with the events drawn. The server does not answer
 * P(S < 0) or CVaR without the events, so none is shown (the card says so).
 */
import { Alert, Button, Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { EFFECT_SIMULATION, effectOf, type RiskEffectFigures } from './risk-effect';

export function RiskEffect({
  slug,
  canRun,
  changes,
  partnerName,
}: {
  readonly slug: string;
  readonly canRun: boolean;
  /** Bumped on each change of the register: an earlier answer is out of date. */
  readonly changes: number;
  readonly partnerName: (key: string) => string;
}) {
  const i18n = useI18n();
  const { t, formatNumber, formatPercent } = i18n;
  const [state, setState] = useState<
    | { readonly status: 'idle' }
    | { readonly status: 'running' }
    | { readonly status: 'done'; readonly figures: RiskEffectFigures; readonly at: number }
    | { readonly status: 'error'; readonly message: string }
  >({ status: 'idle' });

  const run = async () => {
    setState({ status: 'running' });
    try {
      const answer = await unwrap(
        api.POST('/api/workspaces/{slug}/simulate', {
          params: { path: { slug } },
          body: { ...EFFECT_SIMULATION },
        }),
      );
      const figures = effectOf(answer as Record<string, unknown>);
      if (figures === undefined) throw new Error('the simulation answered without figures');
      setState({ status: 'done', figures, at: changes });
    } catch (error) {
      setState({ status: 'error', message: problemMessage(error, i18n) });
    }
  };

  const number = (value: number) => formatNumber(value, { maximumFractionDigits: 2 });
  const figures = state.status === 'done' && state.at === changes ? state.figures : undefined;
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('screen.risks.effect.title')}</h2>}
      extra={
        canRun ? (
          <Button loading={state.status === 'running'} onClick={() => void run()}>
            {figures === undefined ? t('screen.risks.effect.run') : t('screen.risks.effect.rerun')}
          </Button>
        ) : null
      }
      data-testid="risk-effect"
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          {t('screen.risks.effect.help', EFFECT_SIMULATION)}
        </Typography.Text>
        {canRun ? null : (
          <Alert type="info" showIcon title={t('screen.risks.effect.editorsOnly')} />
        )}
        {state.status === 'error' ? (
          <Alert type="error" showIcon role="alert" title={state.message} />
        ) : null}
        {figures === undefined ? null : (
          <>
            <Row gutter={[16, 16]}>
              <Col xs={12} sm={8}>
                <Statistic
                  title={t('screen.risks.effect.expected')}
                  value={number(figures.expected)}
                  data-testid="effect-expected"
                />
              </Col>
              <Col xs={12} sm={8}>
                <Statistic
                  title={t('screen.risks.effect.riskLoss')}
                  value={number(figures.expectedRiskLoss ?? 0)}
                  data-testid="effect-risk-loss"
                />
              </Col>
              <Col xs={12} sm={8}>
                <Statistic
                  title={t('screen.risks.effect.mean')}
                  value={number(figures.mean)}
                  data-testid="effect-mean"
                />
              </Col>
              <Col xs={12} sm={8}>
                <Statistic
                  title={t('screen.risks.effect.probLoss')}
                  value={formatPercent(figures.probLoss)}
                  data-testid="effect-prob-loss"
                />
              </Col>
              <Col xs={12} sm={8}>
                <Statistic
                  title={t('screen.risks.effect.cvar')}
                  value={number(figures.cvar5)}
                  data-testid="effect-cvar"
                />
              </Col>
            </Row>
            <Typography.Text>
              {t('screen.risks.effect.selected', {
                partners: figures.selected.map(partnerName).join(', '),
              })}
            </Typography.Text>
            {figures.expectedRiskLoss === undefined ? (
              <Alert type="info" showIcon title={t('screen.risks.effect.none')} />
            ) : null}
            <Typography.Text type="secondary">
              {t('screen.risks.effect.withoutNote')}
            </Typography.Text>
          </>
        )}
      </Flex>
    </Card>
  );
}
