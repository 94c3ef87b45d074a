/** A settlement: each party's balance, the transfers that settle them, and every term's lines with their explanations. */
import { Card, Col, Empty, Flex, Row, Table, Typography } from 'antd';
import type { Settlement } from '../../../api/types';
import { useDay, useMoney } from '../../../components/use-parties';
import { sayMessage } from '../../../i18n/codes/say-message';
import { useI18n } from '../../../i18n/I18nProvider';
import { TERM_KINDS, type TermKind } from '../form/agreement-values';
import { termKindLabel } from '../labels';
import { signType } from '../sign-type';

type Line = Settlement['lines'][number];
const heading = (text: string) => <h3 style={{ fontSize: 15, margin: 0 }}>{text}</h3>;
const isTermKind = (kind: string): kind is TermKind =>
  (TERM_KINDS as readonly string[]).includes(kind);

export function SettlementResult({
  result,
  currency,
  partyName,
}: {
  readonly result: Settlement;
  readonly currency?: string | undefined;
  readonly partyName: (party: string) => string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const money = useMoney(currency);
  const day = useDay();
  const balances = Object.entries(result.balances).map(([party, amount]) => ({ party, amount }));
  return (
    <Flex vertical gap={16} data-testid="settlement">
      <Typography.Text type="secondary" data-testid="settlement-period">
        {t('screen.agreements.settle.summary', {
          from: day(result.period.from),
          to: day(result.period.to),
          events: result.events,
        })}
      </Typography.Text>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={heading(t('screen.agreements.settle.balances'))}>
            <Table
              size="small"
              rowKey="party"
              pagination={false}
              data-testid="settlement-balances"
              aria-label={t('screen.agreements.settle.balances')}
              dataSource={balances}
              columns={[
                {
                  key: 'party',
                  title: t('screen.agreements.settle.party'),
                  render: (_: unknown, b) => partyName(b.party),
                },
                {
                  key: 'amount',
                  title: t('screen.agreements.settle.balance'),
                  align: 'right',
                  render: (_: unknown, b) => (
                    <Typography.Text {...signType(b.amount)}>{money(b.amount)}</Typography.Text>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={heading(t('screen.agreements.settle.transfers'))}>
            {result.transfers.length === 0 ? (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t('screen.agreements.settle.noTransfers')}
              />
            ) : (
              <ul data-testid="settlement-transfers" style={{ margin: 0, paddingInlineStart: 20 }}>
                {result.transfers.map((tr) => (
                  <li key={`${tr.from}>${tr.to}`}>
                    {t('screen.agreements.settle.transfer', {
                      from: partyName(tr.from),
                      to: partyName(tr.to),
                      amount: money(tr.amount),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </Col>
      </Row>
      <Card size="small" title={heading(t('screen.agreements.settle.lines'))}>
        <Table<Line>
          size="small"
          rowKey={(line) => `${line.term}:${line.party}:${line.explain}`}
          pagination={false}
          data-testid="settlement-lines"
          aria-label={t('screen.agreements.settle.lines')}
          dataSource={result.lines as Line[]}
          locale={{ emptyText: t('screen.agreements.settle.noLines') }}
          columns={[
            {
              key: 'term',
              title: t('screen.agreements.settle.term'),
              render: (_: unknown, l: Line) => (
                <>
                  {isTermKind(l.kind) ? termKindLabel(t, l.kind) : l.kind}{' '}
                  <Typography.Text type="secondary" code>
                    {l.term}
                  </Typography.Text>
                </>
              ),
            },
            {
              key: 'party',
              title: t('screen.agreements.settle.party'),
              render: (_: unknown, l: Line) => partyName(l.party),
            },
            {
              key: 'amount',
              title: t('screen.agreements.settle.amount'),
              align: 'right',
              render: (_: unknown, l: Line) => (
                <span style={{ whiteSpace: 'nowrap' }}>{money(l.amount)}</span>
              ),
            },
            {
              key: 'explain',
              title: t('screen.agreements.settle.explain'),
              render: (_: unknown, l: Line) => sayMessage(i18n, l.because, l.explain),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
