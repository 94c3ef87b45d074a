/**
 * The risk frontier: the best expected S at each floor of the 5% CVaR, from the optimum
 * to the safest portfolio, on shared seeded scenarios (the server's `frontier` with
 * `cvar`; a job when large). The chart marks the optimal and the current portfolios; the
 * table lists each point's partners.
 */
import { Button, Card, Flex, Form, InputNumber, Table, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { CvarFrontierDocument } from '../../api/types';
import EChart from '../../charts/EChart';
import { useI18n } from '../../i18n/I18nProvider';
import { cvarFrontierOption } from './cvar-frontier-chart';
import { runCvarFrontier } from './engine-calls';
import { RunStatus } from './RunStatus';
import { useEngineRun } from './use-engine-run';
import type { PartnerChoice } from './workspace-data';

export interface CvarFrontierPanelProps {
  readonly slug: string;
  readonly partners: ReadonlyMap<string, PartnerChoice>;
  readonly canRun: boolean;
  readonly saveConstraints: () => Promise<boolean>;
}

type Point = CvarFrontierDocument['points'][number];

export function CvarFrontierPanel({
  slug,
  partners,
  canRun,
  saveConstraints,
}: CvarFrontierPanelProps) {
  const { t, formatNumber } = useI18n();
  const control = useEngineRun<CvarFrontierDocument>(slug);
  const [points, setPoints] = useState(8);
  const [scenarios, setScenarios] = useState(1000);
  const frontier = control.last;
  const busy = control.run.phase === 'running' || control.run.phase === 'job';

  const compute = async () => {
    if (!(await saveConstraints())) return;
    await control.start(() => runCvarFrontier(slug, { points, scenarios, seed: 1 }));
  };

  const format = useCallback(
    (v: number) => formatNumber(v, { maximumFractionDigits: 2 }),
    [formatNumber],
  );
  const option = useMemo(
    () =>
      frontier === undefined || frontier.status === 'infeasible'
        ? undefined
        : cvarFrontierOption(frontier, {
            cvar: t('screen.portfolio.cvarFrontier.cvar'),
            expected: t('screen.portfolio.cvarFrontier.expected'),
            series: t('screen.portfolio.cvarFrontier.series'),
            optimal: t('screen.portfolio.cvarFrontier.optimal'),
            current: t('screen.portfolio.cvarFrontier.current'),
            chart: t('screen.portfolio.cvarFrontier.chart'),
            format,
          }),
    [frontier, t, format],
  );
  const figure = (v: number | null) => (v === null ? '—' : format(v));

  return (
    <Card
      title={
        <h2 style={{ fontSize: 18, margin: 0 }}>{t('screen.portfolio.cvarFrontier.title')}</h2>
      }
    >
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('screen.portfolio.cvarFrontier.help')}
        </Typography.Paragraph>
        <Form layout="inline" name="pf-cvar-frontier" onFinish={() => void compute()}>
          <Form.Item
            label={t('screen.portfolio.cvarFrontier.points')}
            name="points"
            initialValue={points}
          >
            <InputNumber min={2} max={50} precision={0} onChange={(v) => setPoints(v ?? 8)} />
          </Form.Item>
          <Form.Item
            label={t('screen.portfolio.cvarFrontier.scenarios')}
            name="scenarios"
            initialValue={scenarios}
          >
            <InputNumber
              min={20}
              max={20_000}
              step={500}
              precision={0}
              onChange={(v) => setScenarios(v ?? 1000)}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} disabled={!canRun}>
            {t('screen.portfolio.cvarFrontier.run')}
          </Button>
        </Form>
        <RunStatus slug={slug} control={control} />
        {frontier === undefined ? null : frontier.status === 'infeasible' ||
          option === undefined ? (
          <Typography.Text type="secondary">
            {t('screen.portfolio.cvarFrontier.infeasible')}
          </Typography.Text>
        ) : (
          <>
            <EChart option={option} label={t('screen.portfolio.cvarFrontier.chart')} />
            <Typography.Text type="secondary">
              {t('screen.portfolio.cvarFrontier.sampled', {
                scenarios: formatNumber(frontier.scenarios),
                seed: frontier.seed,
              })}
            </Typography.Text>
            <Table<Point & { key: number }>
              aria-label={t('screen.portfolio.cvarFrontier.table')}
              data-testid="cvar-frontier-points"
              size="small"
              pagination={false}
              dataSource={frontier.points.map((p, key) => ({ ...p, key }))}
              columns={[
                {
                  title: t('screen.portfolio.cvarFrontier.floor'),
                  dataIndex: 'floor',
                  align: 'right',
                  render: (v: number) => format(v),
                },
                {
                  title: t('screen.portfolio.cvarFrontier.expected'),
                  dataIndex: 'expected',
                  align: 'right',
                  render: figure,
                },
                {
                  title: t('screen.portfolio.cvarFrontier.cvar'),
                  dataIndex: 'cvar5',
                  align: 'right',
                  render: figure,
                },
                {
                  title: t('screen.portfolio.cvarFrontier.selected'),
                  dataIndex: 'selected',
                  render: (ids: string[]) => (
                    <Flex gap={4} wrap>
                      {ids.map((id) => (
                        <Tag key={id}>{partners.get(id)?.name ?? id}</Tag>
                      ))}
                    </Flex>
                  ),
                },
              ]}
            />
          </>
        )}
      </Flex>
    </Card>
  );
}
