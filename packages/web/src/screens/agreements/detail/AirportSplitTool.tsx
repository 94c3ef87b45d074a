/**
 * The airport rule for shared infrastructure (a GPU cluster sized by its most demanding
 * user): each party's need, as the cost of what would serve it alone; each step of
 * capacity is shared equally by those who need it.
 */
import { App, Button, Flex, InputNumber, Table, Typography } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../../api/api-error';
import { api, unwrap } from '../../../api/client';
import type { AirportSplit } from '../../../api/types';
import { useI18n } from '../../../i18n/I18nProvider';

export function AirportSplitTool({
  slug,
  parties,
  partyName,
}: {
  readonly slug: string;
  readonly parties: readonly string[];
  readonly partyName: (party: string) => string;
}) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const { message } = App.useApp();
  const [costs, setCosts] = useState<Record<string, number | null>>({});
  const [result, setResult] = useState<AirportSplit | undefined>();
  const [busy, setBusy] = useState(false);
  const given = parties.filter((p) => typeof costs[p] === 'number');
  const number = (v: number) => formatNumber(v, { maximumFractionDigits: 2 });

  const split = async () => {
    setBusy(true);
    try {
      setResult(
        await unwrap(
          api.POST('/api/workspaces/{slug}/airport-split', {
            params: { path: { slug } },
            body: { costs: Object.fromEntries(given.map((p) => [p, costs[p] ?? 0])) },
          }),
        ),
      );
    } catch (error) {
      void message.error(problemMessage(error, i18n));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('screen.agreements.airport.help')}
      </Typography.Paragraph>
      <Flex gap={12} wrap>
        {parties.map((p) => (
          <Flex key={p} vertical gap={4}>
            <label htmlFor={`airport-${p}`}>{partyName(p)}</label>
            <InputNumber
              id={`airport-${p}`}
              min={0}
              aria-label={t('screen.agreements.airport.costOf', { party: partyName(p) })}
              value={costs[p] ?? null}
              onChange={(v) => setCosts({ ...costs, [p]: typeof v === 'number' ? v : null })}
              style={{ width: 160 }}
            />
          </Flex>
        ))}
      </Flex>
      <Button
        onClick={() => void split()}
        loading={busy}
        disabled={given.length === 0}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('screen.agreements.airport.run')}
      </Button>
      {result === undefined ? null : (
        <Table
          size="small"
          rowKey="party"
          pagination={false}
          data-testid="airport-table"
          aria-label={t('screen.agreements.airport.title')}
          dataSource={Object.entries(result.shares).map(([party, share]) => ({ party, share }))}
          footer={() => t('screen.agreements.airport.total', { total: number(result.total) })}
          columns={[
            {
              key: 'party',
              title: t('screen.agreements.settle.party'),
              render: (_: unknown, r) => partyName(r.party),
            },
            {
              key: 'share',
              title: t('screen.agreements.airport.share'),
              align: 'right',
              render: (_: unknown, r) => number(r.share),
            },
          ]}
        />
      )}
    </Flex>
  );
}
