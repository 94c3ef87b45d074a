/**
 * The running partnerships at a glance: obligations overdue and due soon, reviews due,
 * payments owed (and overdue) on final statements, partners whose trust or net is
 * falling, and whether the ledger's hash chain is intact.
 */
import { Card, Col, Empty, Row } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { OperationsSummary } from '../../api/types';
import { agreementPath, partnerPath } from '../../app/record-paths';
import { Tone } from '../../components/Tone';
import { useI18n } from '../../i18n/I18nProvider';
import { INLINE, LedgerCard } from './LedgerCard';
import { usePartyNames } from './use-party-names';

const heading = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;

function Items({
  items,
  testId,
  empty,
}: {
  readonly items: readonly ReactNode[];
  readonly testId: string;
  readonly empty: string;
}) {
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <ul data-testid={testId} style={{ margin: 0, paddingInlineStart: 20 }}>
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list rendered once per answer.
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

export function OperationsSection({
  operations,
  slug,
}: {
  readonly operations: OperationsSummary;
  readonly slug: string;
}) {
  const { t, formatDate, formatNumber } = useI18n();
  const owners = usePartyNames(slug, operations);
  const day = (d: string) => formatDate(`${d}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
  const { overdue, dueSoon } = operations.obligations;
  const agreementLink = (o: { agreementId: string; agreement: string }) => (
    <Link to={agreementPath(slug, { id: o.agreementId, code: o.agreement })} style={INLINE}>
      {o.agreement}
    </Link>
  );
  const partnerLink = (key: string, name: string) => (
    <Link to={partnerPath(slug, key)} style={INLINE}>
      {name}
    </Link>
  );
  const obligations = [
    ...overdue.map((o) => (
      <>
        <Tone color="red">{t('screen.dashboard.ops.overdue', { days: o.daysOverdue })}</Tone>
        {t('screen.dashboard.ops.obligation', { title: o.title, owner: owners(o.owner) })} ·{' '}
        {agreementLink(o)}
      </>
    )),
    ...dueSoon.map((o) => (
      <>
        <Tone color="orange">{t('screen.dashboard.ops.dueIn', { days: o.daysLeft })}</Tone>
        {t('screen.dashboard.ops.obligation', { title: o.title, owner: owners(o.owner) })} ·{' '}
        {agreementLink(o)}
      </>
    )),
  ];
  const payments = operations.payments.owed.map((p) => (
    <>
      {p.daysOverdue > 0 ? (
        <Tone color="red">{t('screen.dashboard.ops.overdue', { days: p.daysOverdue })}</Tone>
      ) : (
        <Tone color="orange">{t('screen.dashboard.ops.paymentDue', { date: day(p.dueOn) })}</Tone>
      )}
      {t('screen.dashboard.ops.payment', {
        from: owners(p.from),
        to: owners(p.to),
        amount: formatNumber(p.amount, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
        statement: p.statement,
      })}{' '}
      · {agreementLink({ agreementId: p.agreement, agreement: p.agreement })}
    </>
  ));
  const reviews = operations.reviewsDue.map((r) => (
    <>
      {partnerLink(r.id, r.name)}{' '}
      {r.overdue ? (
        <Tone color="red">
          {t('screen.dashboard.ops.reviewOverdue', {
            date: day(r.dueDate),
            days: Math.abs(r.daysLeft),
          })}
        </Tone>
      ) : (
        <Tone color="orange">
          {t('screen.dashboard.ops.reviewDue', { date: day(r.dueDate), days: r.daysLeft })}
        </Tone>
      )}
    </>
  ));
  const falling = [
    ...operations.trustFalling.map((s) => (
      <>
        {partnerLink(s.partner, s.name)}{' '}
        {t('screen.dashboard.ops.trustFalling', { detail: s.detail })}
      </>
    )),
    ...operations.netFalling.map((s) => (
      <>
        {partnerLink(s.partner, s.name)}{' '}
        {t('screen.dashboard.ops.netFalling', { detail: s.detail })}
      </>
    )),
  ];
  return (
    <Row gutter={[16, 16]} data-testid="operations">
      <Col xs={24} lg={12}>
        <Card title={heading(t('screen.dashboard.ops.obligationsTitle'))}>
          <Items
            items={obligations}
            testId="ops-obligations"
            empty={t('screen.dashboard.ops.noObligations')}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={heading(t('screen.dashboard.ops.reviewsTitle'))}>
          <Items items={reviews} testId="ops-reviews" empty={t('screen.dashboard.ops.noReviews')} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={heading(t('screen.dashboard.ops.paymentsTitle'))}>
          <Items
            items={payments}
            testId="ops-payments"
            empty={t('screen.dashboard.ops.noPayments')}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={heading(t('screen.dashboard.ops.fallingTitle'))}>
          <Items
            items={falling}
            testId="ops-falling"
            empty={t('screen.dashboard.ops.noneFalling')}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <LedgerCard operations={operations} slug={slug} />
      </Col>
    </Row>
  );
}
