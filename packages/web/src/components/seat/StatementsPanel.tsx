/**
 * The agreement's recorded statements, newest first, each with its status per party; the
 * team records one for a period (or a correction superseding a disputed one).
 */
import { Alert, Button, Card, Collapse, Empty, Flex, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import type { Statement } from '../../api/types';
import { todayUtc } from '../../app/periods';
import { useLoad } from '../../app/use-load';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorPanel } from '../ErrorBoundary';
import { PageLoading } from '../PageLoading';
import { Tone } from '../Tone';
import { StatementView } from './StatementView';
import { type SeatProps, STATUS_KEYS, STATUS_TONE } from './seat';

export function StatementsPanel(props: SeatProps) {
  const { slug, agreement, seat } = props;
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const path = { params: { path: { slug, id: agreement.code } } };
  const loaded = useLoad(
    () => unwrap(api.GET('/api/workspaces/{slug}/agreements/{id}/statements', path)),
    [slug, agreement.code],
  );
  const [from, setFrom] = useState(agreement.start);
  const [to, setTo] = useState([agreement.start, todayUtc()].sort()[1] ?? agreement.start);
  const [supersedes, setSupersedes] = useState<number | undefined>();
  const [failure, setFailure] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  if (loaded.status === 'error') return <ErrorPanel error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data === undefined) return <PageLoading />;
  const statements = [...loaded.data].reverse();
  const correctable = statements.filter((s) => s.status === 'disputed' || s.status === 'open');
  const record = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await unwrap(
        api.POST('/api/workspaces/{slug}/agreements/{id}/statements', {
          ...path,
          body: { from, to, ...(supersedes === undefined ? {} : { supersedes }) },
        }),
      );
      setSupersedes(undefined);
      loaded.reload();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const changed = (_: Statement) => loaded.reload();

  return (
    <Flex vertical gap={16}>
      {seat.kind === 'team' && seat.canWrite ? (
        <Card size="small" title={t('screen.seat.statements.record')}>
          <Typography.Paragraph type="secondary">
            {t('screen.seat.statements.recordHelp')}
          </Typography.Paragraph>
          <Flex gap={8} wrap align="center">
            <Input
              type="date"
              aria-label={t('screen.seat.statements.from')}
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              style={{ width: 160 }}
            />
            <Input
              type="date"
              aria-label={t('screen.seat.statements.to')}
              value={to}
              onChange={(e) => setTo(e.target.value)}
              style={{ width: 160 }}
            />
            {correctable.length === 0 ? null : (
              <Select
                allowClear
                aria-label={t('screen.seat.statements.supersede', { number: '' })}
                placeholder={t('screen.seat.statements.supersede', { number: '…' })}
                style={{ minWidth: 280 }}
                value={supersedes}
                onChange={setSupersedes}
                options={correctable.map((s) => ({
                  value: s.number,
                  label: t('screen.seat.statements.supersede', { number: s.number }),
                }))}
              />
            )}
            <Button type="primary" loading={busy} onClick={() => void record()}>
              {t('screen.seat.statements.record')}
            </Button>
          </Flex>
          {failure === undefined ? null : (
            <Alert
              style={{ marginTop: 8 }}
              type="error"
              showIcon
              title={problemMessage(failure, i18n)}
            />
          )}
        </Card>
      ) : null}
      {statements.length === 0 ? (
        <Empty description={t('screen.seat.statements.none')} />
      ) : (
        <Collapse
          defaultActiveKey={statements.slice(0, 1).map((s) => String(s.number))}
          items={statements.map((s) => ({
            key: String(s.number),
            label: (
              <span data-testid={`statement-head-${s.number}`}>
                {t('screen.seat.statements.number', { number: s.number })} ·{' '}
                {t('screen.seat.statements.period', {
                  from: formatDate(s.document.period.from),
                  to: formatDate(s.document.period.to),
                })}{' '}
                · <Tone color={STATUS_TONE[s.status]}>{t(STATUS_KEYS[s.status])}</Tone>
              </span>
            ),
            children: <StatementView {...props} statement={s} onChanged={changed} />,
          }))}
        />
      )}
    </Flex>
  );
}
