/**
 * Alerts derived from the workspace's real data (see alerts.ts); the running partnerships'
 * reminders (obligations, reviews due, the ledger) are in OperationsSection.
 */
import { Alert, Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { workspacePath } from '../../app/paths';
import { LinkButton } from '../../components/LinkButton';
import { sayIssue } from '../../i18n/codes/say-issue';
import { sayMessage } from '../../i18n/codes/say-message';
import { useI18n } from '../../i18n/I18nProvider';
import type { DashboardAlert } from './alerts';
import { BINDING_SHARE } from './alerts';

const LIST_LIMIT = 8;

function List({ items }: { readonly items: readonly ReactNode[] }) {
  return (
    <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list rendered once per answer.
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

function AlertItem({ alert, slug }: { readonly alert: DashboardAlert; readonly slug: string }) {
  const i18n = useI18n();
  const { t, formatNumber, formatPercent } = i18n;
  const number = (value: number) => formatNumber(value, { maximumFractionDigits: 2 });
  switch (alert.kind) {
    case 'invalid':
      return (
        <Alert
          type="error"
          showIcon
          title={t('screen.dashboard.alert.invalid')}
          description={
            <>
              {/* The server's detail is English; other languages have the issues below. */}
              {i18n.locale === 'en' ? <Typography.Text>{alert.detail}</Typography.Text> : null}
              <List
                items={alert.issues.slice(0, LIST_LIMIT).map((issue) => (
                  <>
                    <Typography.Text code>{issue.path}</Typography.Text> {sayIssue(i18n, issue)}
                  </>
                ))}
              />
            </>
          }
          action={
            <LinkButton size="small" to={workspacePath(slug, 'partners')}>
              {t('screen.dashboard.openPartners')}
            </LinkButton>
          }
        />
      );
    case 'infeasible':
      return (
        <Alert
          type="error"
          showIcon
          title={t('screen.dashboard.alert.infeasible')}
          description={
            <List
              items={alert.conflicts.map((c) => (
                <>
                  <Typography.Text code>{c.constraint}</Typography.Text>{' '}
                  {sayMessage(i18n, c.because, c.message)}
                </>
              ))}
            />
          }
          action={
            <LinkButton size="small" to={workspacePath(slug, 'portfolio')}>
              {t('screen.dashboard.openPortfolio')}
            </LinkButton>
          }
        />
      );
    case 'time-limit':
      return (
        <Alert
          type="warning"
          showIcon
          title={t('screen.dashboard.alert.timeLimit', {
            gap: alert.gap === null ? '—' : formatPercent(alert.gap, 2),
          })}
        />
      );
    case 'ahp':
      return (
        <Alert
          type="warning"
          showIcon
          title={t('screen.dashboard.alert.ahp', { cr: number(alert.cr) })}
          action={
            <LinkButton size="small" to={workspacePath(slug, 'criteria')}>
              {t('screen.dashboard.openCriteria')}
            </LinkButton>
          }
        />
      );
    case 'negative-net':
      return (
        <Alert
          type="warning"
          showIcon
          title={t('screen.dashboard.alert.negativeNet', { count: alert.partners.length })}
          description={
            <List
              items={[
                ...alert.partners
                  .slice(0, LIST_LIMIT)
                  .map((p) => t('screen.dashboard.alert.netOf', { id: p.id, net: number(p.net) })),
                ...(alert.partners.length > LIST_LIMIT
                  ? [
                      t('screen.dashboard.alert.more', {
                        count: alert.partners.length - LIST_LIMIT,
                      }),
                    ]
                  : []),
              ]}
            />
          }
        />
      );
    case 'binding':
      return (
        <Alert
          type="info"
          showIcon
          title={t('screen.dashboard.alert.binding', {
            resources: alert.resources.join(', '),
            share: formatPercent(BINDING_SHARE, 0),
          })}
        />
      );
    case 'loss':
      return (
        <Alert
          type="warning"
          showIcon
          title={t('screen.dashboard.alert.loss', {
            probability: formatPercent(alert.probability, 2),
          })}
        />
      );
  }
}

export function AlertsSection({
  alerts,
  slug,
}: {
  readonly alerts: readonly DashboardAlert[];
  readonly slug: string;
}) {
  const { t } = useI18n();
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('screen.dashboard.alertsTitle')}</h2>}>
      <Flex vertical gap={8} data-testid="dashboard-alerts">
        {alerts.length === 0 ? (
          <Alert type="success" showIcon title={t('screen.dashboard.alert.none')} />
        ) : (
          alerts.map((alert) => <AlertItem key={alert.kind} alert={alert} slug={slug} />)
        )}
      </Flex>
    </Card>
  );
}
