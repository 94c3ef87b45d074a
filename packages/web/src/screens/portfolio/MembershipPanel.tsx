/**
 * How sure is the optimal portfolio? SMAA on the portfolio (the API's `smaa` with
 * `portfolio: true`, a job): the weights, the uncertain scores, costs, returns and
 * synergies are drawn again and the MILP re-solved per sample; the table gives, for each
 * partner, the share of samples whose optimum holds it, beside whether it is in the
 * optimum at expected values.
 */
import { Badge, Button, Card, Flex, Form, InputNumber, Progress, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { SmaaDocument } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { runMembership } from './engine-calls';
import { membershipRows } from './membership';
import { RunStatus } from './RunStatus';
import { useEngineRun } from './use-engine-run';
import type { PartnerChoice } from './workspace-data';

export function MembershipPanel({
  slug,
  partners,
  canRun,
  saveConstraints,
}: {
  readonly slug: string;
  readonly partners: ReadonlyMap<string, PartnerChoice>;
  readonly canRun: boolean;
  readonly saveConstraints: () => Promise<boolean>;
}) {
  const { t, formatNumber } = useI18n();
  const control = useEngineRun<SmaaDocument>(slug);
  const [samples, setSamples] = useState(200);
  const busy = control.run.phase === 'running' || control.run.phase === 'job';
  const rows = useMemo(
    () => (control.last === undefined ? [] : membershipRows(control.last)),
    [control.last],
  );
  const compute = async () => {
    if (!(await saveConstraints())) return;
    await control.start(() => runMembership(slug, { samples, seed: 1 }));
  };
  const percent = (x: number) => `${formatNumber(x * 100, { maximumFractionDigits: 1 })}%`;
  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('screen.portfolio.membership.title')}</h2>}
    >
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('screen.portfolio.membership.help')}
        </Typography.Paragraph>
        <Form layout="inline" name="pf-membership" onFinish={() => void compute()}>
          <Form.Item
            label={t('screen.portfolio.membership.samples')}
            name="samples"
            initialValue={samples}
          >
            <InputNumber
              min={10}
              max={20_000}
              precision={0}
              onChange={(v) => setSamples(v ?? 200)}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} disabled={!canRun}>
            {t('screen.portfolio.membership.run')}
          </Button>
        </Form>
        <RunStatus slug={slug} control={control} />
        {control.last?.portfolio === undefined ? null : (
          <Table
            data-testid="membership-table"
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={rows}
            caption={t('screen.portfolio.membership.caption', {
              samples: formatNumber(control.last.portfolio.samples),
              infeasible: formatNumber(control.last.portfolio.infeasible),
            })}
            columns={[
              {
                title: t('screen.portfolio.membership.partner'),
                dataIndex: 'id',
                render: (id: string) => partners.get(id)?.name ?? id,
              },
              {
                title: t('screen.portfolio.membership.share'),
                dataIndex: 'share',
                render: (share: number, row: { readonly id: string }) => (
                  <Flex gap={8} align="center">
                    <Progress
                      aria-label={t('screen.portfolio.membership.shareOf', {
                        name: partners.get(row.id)?.name ?? row.id,
                      })}
                      percent={share * 100}
                      showInfo={false}
                      size="small"
                      style={{ width: 120, margin: 0 }}
                    />
                    <span>{percent(share)}</span>
                  </Flex>
                ),
              },
              {
                title: t('screen.portfolio.membership.optimal'),
                dataIndex: 'optimal',
                render: (optimal: boolean) =>
                  // A dot and the word: the text keeps the theme's contrast.
                  optimal ? (
                    <Badge status="success" text={t('screen.portfolio.membership.inOptimum')} />
                  ) : (
                    <Badge status="default" text={t('screen.portfolio.membership.notInOptimum')} />
                  ),
              },
            ]}
          />
        )}
      </Flex>
    </Card>
  );
}
