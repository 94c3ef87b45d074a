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
import { expectedLoss, isLinkedTo, isOverdue, type RiskLink, todayUtc } from './risk-view';

export function LinkedRisks({ slug, link }: { readonly slug: string; readonly link: RiskLink }) {
  const i18n = useI18n();
  const { t, formatPercent, formatNumber } = i18n;
  const day = useDay();
  const loaded = useLoad(
    () => unwrap(api.GET('/api/workspaces/{slug}/risks', { params: { path: { slug } } })),
    [slug],
  );
  if (loaded.status === 'error') return <ErrorPanel error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data === undefined) return <PageLoading />;
  const today = todayUtc();
  const risks = loaded.data.filter((r) => isLinkedTo(r, link));
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
