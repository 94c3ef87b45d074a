/**
 * One recorded statement: its lines, balances and transfers, each party's answer, and what
 * the viewer may do with it: accept it or dispute chosen lines (for a party it answers
 * for), mark a final statement's transfers paid (the team), download its receipt.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Flex, Input, List, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import type { Statement } from '../../api/types';
import { todayUtc } from '../../app/periods';
import { useI18n } from '../../i18n/I18nProvider';
import { answerableParties, type SeatProps, type StatementLine } from './seat';

export function StatementView({
  slug,
  agreement,
  seat,
  partyName,
  statement,
  onChanged,
}: SeatProps & { readonly statement: Statement; readonly onChanged: (s: Statement) => void }) {
  const i18n = useI18n();
  const { t, formatNumber, formatDate } = i18n;
  const doc = statement.document;
  const lines = doc.lines as StatementLine[];
  const path = {
    params: { path: { slug, id: agreement.code, number: statement.number } },
  };
  const answerable = answerableParties(seat, agreement).filter((p) =>
    statement.awaiting.includes(p),
  );
  const [party, setParty] = useState<string | undefined>(answerable[0]);
  const [chosen, setChosen] = useState<number[]>([]);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const open = statement.status === 'open' || statement.status === 'disputed';
  const act = async (run: () => Promise<Statement>) => {
    setBusy(true);
    setFailure(undefined);
    try {
      onChanged(await run());
      setChosen([]);
      setReason('');
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const answer = (decision: 'accept' | 'dispute') =>
    act(() =>
      unwrap(
        api.POST('/api/workspaces/{slug}/agreements/{id}/statements/{number}/responses', {
          ...path,
          body: {
            party: party ?? '',
            decision,
            ...(decision === 'dispute' ? { lines: chosen, reason } : {}),
          },
        }),
      ),
    );
  const canAnswer = open && party !== undefined && answerable.includes(party);
  const receipt = `/api/workspaces/${encodeURIComponent(slug)}/agreements/${encodeURIComponent(agreement.code)}/statements/${statement.number}/receipt`;

  return (
    <Flex vertical gap={12} data-testid={`statement-${statement.number}`}>
      <Flex vertical gap={2}>
        <Typography.Text>
          {t('screen.seat.statements.terms', { version: doc.termsVersion })} ·{' '}
          {t('screen.seat.statements.treeHead', { size: doc.treeHead.size })}
        </Typography.Text>
        {doc.supersedes === null ? null : (
          <Typography.Text>
            {t('screen.seat.statements.supersedes', { number: doc.supersedes })}
          </Typography.Text>
        )}
        {statement.supersededBy === null ? null : (
          <Typography.Text>
            {t('screen.seat.statements.supersededBy', { number: statement.supersededBy })}
          </Typography.Text>
        )}
        {statement.awaiting.length === 0 ? null : (
          <Typography.Text>
            {t('screen.seat.statements.awaiting', {
              parties: statement.awaiting.map(partyName).join(', '),
            })}
          </Typography.Text>
        )}
      </Flex>
      <Table
        size="small"
        aria-label={t('screen.seat.statements.lines')}
        rowKey="index"
        pagination={false}
        dataSource={lines.map((l, index) => ({ ...l, index }))}
        {...(canAnswer
          ? {
              rowSelection: {
                selectedRowKeys: chosen,
                onChange: (keys) => setChosen(keys.map(Number)),
                getCheckboxProps: (r: { index: number }) => ({
                  'aria-label': `${t('screen.seat.statements.line')} ${r.index}`,
                }),
              },
            }
          : {})}
        columns={[
          { title: t('screen.seat.statements.line'), dataIndex: 'index', width: 60 },
          { title: t('screen.seat.statements.term'), dataIndex: 'term' },
          {
            title: t('screen.seat.statements.party'),
            render: (_, l) => partyName(l.party),
          },
          {
            title: t('screen.seat.statements.amount'),
            align: 'right',
            render: (_, l) => formatNumber(l.amount),
          },
          { title: t('screen.seat.statements.explain'), dataIndex: 'explain' },
        ]}
      />
      <Descriptions
        size="small"
        title={t('screen.seat.statements.balances')}
        items={Object.entries(doc.balances).map(([p, amount]) => ({
          key: p,
          label: partyName(p),
          children: formatNumber(amount),
        }))}
      />
      <Typography.Text strong>{t('screen.seat.statements.transfers')}</Typography.Text>
      {doc.transfers.length === 0 ? (
        <Typography.Text type="secondary">
          {t('screen.seat.statements.noTransfers')}
        </Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={doc.transfers.map((tr, index) => ({ ...tr, index }))}
          renderItem={(tr) => {
            const paid = statement.payments.find((p) => p.transfer === tr.index);
            return (
              <List.Item data-testid={`transfer-${tr.index}`}>
                <Flex gap={8} wrap align="center">
                  <span>
                    {t('screen.seat.statements.transfer', {
                      from: partyName(tr.from),
                      to: partyName(tr.to),
                      amount: formatNumber(tr.amount),
                    })}
                  </span>
                  <Typography.Text type={paid === undefined ? 'warning' : 'success'}>
                    {paid === undefined
                      ? t('screen.seat.statements.unpaid')
                      : t('screen.seat.statements.paid', {
                          date: formatDate(paid.date),
                          reference: paid.reference,
                        })}
                  </Typography.Text>
                  {paid === undefined &&
                  statement.status === 'final' &&
                  seat.kind === 'team' &&
                  seat.canWrite ? (
                    <PayForm
                      busy={busy}
                      onPay={(date, reference) =>
                        act(() =>
                          unwrap(
                            api.POST(
                              '/api/workspaces/{slug}/agreements/{id}/statements/{number}/payments',
                              { ...path, body: { transfer: tr.index, date, reference } },
                            ),
                          ),
                        )
                      }
                    />
                  ) : null}
                </Flex>
              </List.Item>
            );
          }}
        />
      )}
      {statement.responses.length === 0 ? null : (
        <List
          size="small"
          header={<Typography.Text strong>{t('screen.seat.statements.answers')}</Typography.Text>}
          dataSource={[...statement.responses]}
          renderItem={(r) => (
            <List.Item>
              {r.decision === 'accept'
                ? t('screen.seat.statements.accepted', { party: partyName(r.party) })
                : t('screen.seat.statements.disputed', {
                    party: partyName(r.party),
                    lines: r.lines.join(', '),
                    reason: r.reason,
                  })}
            </List.Item>
          )}
        />
      )}
      {canAnswer ? (
        <Flex vertical gap={8}>
          {seat.kind === 'team' ? (
            <Flex gap={8} align="center">
              <span>{t('screen.seat.statements.answerAs')}</span>
              <Select
                aria-label={t('screen.seat.statements.answerAs')}
                style={{ minWidth: 160 }}
                value={party}
                onChange={setParty}
                options={answerable.map((p) => ({ value: p, label: partyName(p) }))}
              />
            </Flex>
          ) : null}
          <Typography.Text type="secondary">
            {t('screen.seat.statements.disputeHelp')}
          </Typography.Text>
          <Input.TextArea
            aria-label={t('screen.seat.statements.reason')}
            placeholder={t('screen.seat.statements.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            autoSize={{ minRows: 2 }}
          />
          <Flex gap={8}>
            <Button type="primary" loading={busy} onClick={() => void answer('accept')}>
              {t('screen.seat.statements.accept')}
            </Button>
            <Button
              danger
              loading={busy}
              disabled={chosen.length === 0 || reason.trim() === ''}
              onClick={() => void answer('dispute')}
            >
              {t('screen.seat.statements.dispute')}
            </Button>
          </Flex>
        </Flex>
      ) : null}
      {failure === undefined ? null : (
        <Alert type="error" showIcon title={problemMessage(failure, i18n)} />
      )}
      <Flex vertical gap={4}>
        <Button
          href={receipt}
          download={`receipt-${agreement.code}-${statement.number}.json`}
          icon={<DownloadOutlined aria-hidden />}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('screen.seat.statements.receipt')}
        </Button>
        <Typography.Text type="secondary">
          {t('screen.seat.statements.receiptHelp')}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}

function PayForm({
  busy,
  onPay,
}: {
  readonly busy: boolean;
  readonly onPay: (date: string, reference: string) => void;
}) {
  const { t } = useI18n();
  const [date, setDate] = useState(todayUtc());
  const [reference, setReference] = useState('');
  return (
    <Flex gap={4} align="center">
      <Input
        type="date"
        aria-label={t('screen.seat.statements.paidOn')}
        value={date}
        onChange={(e) => setDate(e.target.value)}
        style={{ width: 150 }}
      />
      <Input
        aria-label={t('screen.seat.statements.reference')}
        placeholder={t('screen.seat.statements.reference')}
        value={reference}
        onChange={(e) => setReference(e.target.value)}
        style={{ width: 160 }}
      />
      <Button
        loading={busy}
        disabled={reference.trim() === ''}
        onClick={() => onPay(date, reference.trim())}
      >
        {t('screen.seat.statements.markPaid')}
      </Button>
    </Flex>
  );
}
