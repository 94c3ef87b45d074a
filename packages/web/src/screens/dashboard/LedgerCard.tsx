/** The ledger's state: its hash chain intact (with its entry count) or broken at its first bad entry; agreements by status. */
import { Alert, Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import type { OperationsSummary } from '../../api/types';
import { workspacePath } from '../../app/paths';
import { sayMessage } from '../../i18n/codes/say-message';
import { useI18n } from '../../i18n/I18nProvider';

/** Links inside text are underlined: told apart by more than their colour (WCAG 1.4.1). */
export const INLINE = { textDecoration: 'underline' } as const;
const STATUSES = ['draft', 'active', 'ended', 'terminated'] as const;
const isStatus = (s: string): s is (typeof STATUSES)[number] =>
  (STATUSES as readonly string[]).includes(s);

export function LedgerCard({
  operations,
  slug,
}: {
  readonly operations: OperationsSummary;
  readonly slug: string;
}) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const { ledger } = operations;
  const counts = Object.entries(operations.agreements);
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('screen.dashboard.ops.ledgerTitle')}</h2>}
    >
      <Flex vertical gap={8} data-testid="ops-ledger">
        {ledger.intact ? (
          <Alert
            type="success"
            showIcon
            title={t('screen.dashboard.ops.ledgerIntact', { entries: ledger.entries })}
            description={
              ledger.lastRecordedAt === null
                ? t('screen.dashboard.ops.ledgerEmpty')
                : t('screen.dashboard.ops.ledgerLast', {
                    at: formatDateTime(ledger.lastRecordedAt),
                  })
            }
          />
        ) : (
          <Alert
            type="error"
            showIcon
            title={t('screen.dashboard.ops.ledgerBroken', { seq: ledger.firstBad?.seq ?? '—' })}
            description={
              ledger.firstBad && sayMessage(i18n, ledger.firstBad.because, ledger.firstBad.reason)
            }
          />
        )}
        <Typography.Text type="secondary">
          {counts.length === 0 ? (
            t('screen.dashboard.ops.noAgreements')
          ) : (
            <>
              {t('screen.dashboard.ops.agreements', {
                items: counts
                  .map(([status, n]) =>
                    t('screen.dashboard.countItem', {
                      label: isStatus(status) ? t(`screen.agreements.status.${status}`) : status,
                      count: n,
                    }),
                  )
                  .join(', '),
              })}{' '}
              <Link to={workspacePath(slug, 'agreements')} style={INLINE}>
                {t('screen.dashboard.ops.openAgreements')}
              </Link>
            </>
          )}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
