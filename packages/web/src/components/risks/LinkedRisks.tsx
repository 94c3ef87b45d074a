/**
 * The risks of the register linked to one partner or one agreement, for the partner's and
 * the agreement's pages: kind, likelihood, expected loss, owner, review date (overdue in
 * red), and a link to the register filtered to them.
 */
import { Alert, Flex, List, Typography } from 'antd';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { risksPath } from '../../app/record-paths';
import { useLoad } from '../../app/use-load';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorPanel } from '../ErrorBoundary';
import { PageLoading } from '../PageLoading';
import { Tone } from '../Tone';
import { useDay } from '../use-parties';
import { formatLoss, riskKindLabel } from './risk-labels';
import {
  agreementParties,
  expectedLoss,
  isLinkedTo,
  isOverdue,
  type RiskLink,
  todayUtc,
} from './risk-view';

export function LinkedRisks({ slug, link }: { readonly slug: string; readonly link: RiskLink }) {
  const i18n = useI18n();
  const { t, formatPercent, formatNumber } = i18n;
  const day = useDay();
  // A partner's risks include those of its agreements (the server counts them so).
  const loaded = useLoad(
    () =>
      Promise.all([
        unwrap(api.GET('/api/workspaces/{slug}/risks', { params: { path: { slug } } })),
        link.partner === undefined
          ? Promise.resolve([])
          : unwrap(
              api.GET('/api/workspaces/{slug}/agreements', {
                params: { path: { slug }, query: { partner: link.partner } },
              }),
            ),
      ]),
    [slug, link.partner],
  );
  if (loaded.status === 'error') return <ErrorPanel error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data === undefined) return <PageLoading />;
  const today = todayUtc();
  const [all, agreements] = loaded.data;
  const parties = agreementParties(agreements);
  const risks = all.filter((r) => isLinkedTo(r, link, parties));
  const open = risksPath(
    slug,
    link.partner !== undefined ? { partner: link.partner } : { agreement: link.agreement },
  );
  return (
    <Flex vertical gap={8} data-testid="linked-risks">
      {risks.length === 0 ? (
        <Alert type="info" showIcon title={t('screen.risks.linked.none')} />
      ) : (
        <List
          size="small"
          bordered
          aria-label={t('screen.risks.linked.label')}
          dataSource={risks}
          renderItem={(risk) => (
            <List.Item data-testid={`linked-risk-${risk.id}`}>
              <Flex vertical gap={2} style={{ width: '100%' }}>
                <Typography.Text strong>
                  {risk.title ?? risk.id} <Typography.Text code>{risk.id}</Typography.Text>
                </Typography.Text>
                <Typography.Text>
                  {riskKindLabel(t, risk.category)} · {t('screen.risks.col.likelihood')}{' '}
                  {formatPercent(risk.likelihood)} · {t('screen.risks.col.impact')}{' '}
                  {formatLoss(formatNumber, expectedLoss(risk))}
                  {risk.owner === undefined ? null : (
                    <>
                      {' '}
                      · {t('screen.risks.col.owner')} {risk.owner}
                    </>
                  )}
                </Typography.Text>
                {link.partner === undefined || risk.partners.includes(link.partner) ? null : (
                  <Typography.Text type="secondary">
                    {t('screen.risks.linked.via', { codes: risk.agreements.join(', ') })}
                  </Typography.Text>
                )}
                {risk.reviewDate === undefined ? null : isOverdue(risk, today) ? (
                  <Tone color="red">
                    {t('screen.risks.overdue', { date: day(risk.reviewDate) })}
                  </Tone>
                ) : (
                  <Typography.Text type="secondary">
                    {t('screen.risks.col.review')} {day(risk.reviewDate)}
                  </Typography.Text>
                )}
              </Flex>
            </List.Item>
          )}
        />
      )}
      <Link to={open}>{t('screen.risks.linked.open')}</Link>
    </Flex>
  );
}
