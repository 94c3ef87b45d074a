/**
 * Settles a period of the agreement from its ledger: pick a quarter (or any from–to, both
 * days inclusive) and see each party's balance, the transfers that settle them, and every
 * line of every term with its explanation. Amounts are exact to the cent.
 */
import { Alert, Button, Col, Flex, Form, Input, Row, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { problemMessage } from '../../../api/api-error';
import { api, unwrap } from '../../../api/client';
import type { Settlement } from '../../../api/types';
import { quarterOf, quartersBetween, todayUtc } from '../../../app/periods';
import { useI18n } from '../../../i18n/I18nProvider';
import { documentOf } from '../document';
import type { AgreementPanelProps } from './ObligationsPanel';
import { SettlementResult } from './SettlementResult';

interface Period {
  readonly from: string;
  readonly to: string;
}

export function SettlementPanel({
  slug,
  agreement,
  partyName,
  changes,
}: AgreementPanelProps & { readonly changes: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const doc = documentOf(agreement);
  const quarters = useMemo(() => quartersBetween(doc.start, doc.end), [doc.start, doc.end]);
  const initial = useMemo(() => {
    // Today, kept within the agreement's term: the middle of the three days.
    const day = [doc.start, todayUtc(), doc.end].sort()[1] ?? doc.start;
    const current = quarterOf(day);
    return { from: current.from, to: current.to };
  }, [doc.start, doc.end]);
  const [period, setPeriod] = useState<Period>(initial);
  const [result, setResult] = useState<Settlement | undefined>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [asked, setAsked] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `asked` and `changes` ask for the settlement again.
  useEffect(() => {
    if (asked === 0) return;
    let live = true;
    setBusy(true);
    unwrap(
      api.POST('/api/workspaces/{slug}/agreements/{id}/settle', {
        params: { path: { slug, id: agreement.id } },
        body: period,
      }),
    ).then(
      (answer) => {
        if (!live) return;
        setResult(answer);
        setError(undefined);
        setBusy(false);
      },
      (caught: unknown) => {
        if (!live) return;
        setResult(undefined);
        setError(caught);
        setBusy(false);
      },
    );
    return () => {
      live = false;
    };
  }, [asked, changes, slug, agreement.id]);

  const quarterKey = quarters.find((q) => q.from === period.from && q.to === period.to)?.from;
  return (
    <Flex vertical gap={16}>
      <Form layout="vertical" onFinish={() => setAsked((n) => n + 1)}>
        <Row gutter={12} align="bottom">
          <Col xs={24} md={6}>
            <Form.Item label={t('screen.agreements.settle.quarter')}>
              <Select
                aria-label={t('screen.agreements.settle.quarter')}
                value={quarterKey ?? null}
                placeholder={t('screen.agreements.settle.custom')}
                onChange={(from: string) => {
                  const q = quarters.find((x) => x.from === from);
                  if (q !== undefined) setPeriod({ from: q.from, to: q.to });
                }}
                options={quarters.map((q) => ({
                  value: q.from,
                  label: t('screen.agreements.settle.quarterLabel', {
                    year: String(q.year),
                    quarter: q.quarter,
                  }),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item label={t('screen.agreements.settle.from')} htmlFor="settle-from">
              <Input
                id="settle-from"
                type="date"
                value={period.from}
                onChange={(e) => setPeriod({ ...period, from: e.target.value })}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item label={t('screen.agreements.settle.to')} htmlFor="settle-to">
              <Input
                id="settle-to"
                type="date"
                value={period.to}
                onChange={(e) => setPeriod({ ...period, to: e.target.value })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={busy}>
                {t('screen.agreements.settle.run')}
              </Button>
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {error === undefined ? null : (
        <Alert type="error" showIcon role="alert" title={problemMessage(error, i18n)} />
      )}
      {result === undefined ? (
        <Alert type="info" showIcon title={t('screen.agreements.settle.help')} />
      ) : (
        <SettlementResult result={result} currency={doc.currency} partyName={partyName} />
      )}
    </Flex>
  );
}
