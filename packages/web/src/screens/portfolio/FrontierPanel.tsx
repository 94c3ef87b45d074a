/**
 * The efficient frontier: the best objective as the capacity of one resource varies. A
 * click on a point (or the point select, for the keyboard) shows that point's portfolio.
 */
import { Button, Card, Empty, Flex, Form, InputNumber, Select, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { FrontierDocument } from '../../api/types';
import EChart from '../../charts/EChart';
import type { echarts } from '../../charts/echarts';
import { useI18n } from '../../i18n/I18nProvider';
import { runFrontier } from './engine-calls';
import { frontierOption } from './frontier-chart';
import { RunStatus } from './RunStatus';
import { SaveScenario } from './SaveScenario';
import { useEngineRun } from './use-engine-run';
import type { PartnerChoice } from './workspace-data';

export interface FrontierPanelProps {
  readonly slug: string;
  readonly resources: readonly string[];
  readonly partners: ReadonlyMap<string, PartnerChoice>;
  readonly canRun: boolean;
  readonly saveConstraints: () => Promise<boolean>;
  readonly onSaved: () => void;
}

export function FrontierPanel({
  slug,
  resources,
  partners,
  canRun,
  saveConstraints,
  onSaved,
}: FrontierPanelProps) {
  const { t, formatNumber } = useI18n();
  const control = useEngineRun<FrontierDocument>(slug);
  const [resource, setResource] = useState<string | undefined>(resources[0]);
  const [points, setPoints] = useState(11);
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const frontier = control.last;
  const busy = control.run.phase === 'running' || control.run.phase === 'job';
  const current = resource !== undefined && resources.includes(resource) ? resource : resources[0];

  const compute = async () => {
    if (current === undefined || !(await saveConstraints())) return;
    setChosen(undefined);
    await control.start(() => runFrontier(slug, { resource: current, points }));
  };

  const format = useCallback(
    (v: number) => formatNumber(v, { maximumFractionDigits: 2 }),
    [formatNumber],
  );
  const option = useMemo(
    () =>
      frontier === undefined
        ? undefined
        : frontierOption(
            frontier,
            {
              capacity: t('screen.portfolio.frontier.capacity', { resource: frontier.resource }),
              objective: t('screen.portfolio.frontier.objective'),
              series: t('screen.portfolio.frontier.series'),
              chart: t('screen.portfolio.frontier.chart', { resource: frontier.resource }),
              format,
            },
            chosen,
          ),
    [frontier, chosen, t, format],
  );
  const onPoint = useCallback((p: echarts.ECElementEvent) => {
    if (p.seriesType === 'scatter') setChosen(p.dataIndex);
  }, []);
  const point =
    frontier === undefined || chosen === undefined ? undefined : frontier.points[chosen];

  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('screen.portfolio.frontier.title')}</h2>}
    >
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('screen.portfolio.frontier.help')}
        </Typography.Paragraph>
        {resources.length === 0 ? (
          <Typography.Text type="secondary">
            {t('screen.portfolio.frontier.noResources')}
          </Typography.Text>
        ) : (
          <Form layout="inline" name="pf-frontier" onFinish={() => void compute()}>
            <Form.Item
              label={t('screen.portfolio.frontier.resource')}
              name="resource"
              initialValue={current}
            >
              <Select
                options={resources.map((r) => ({ value: r, label: r }))}
                onChange={(v: string) => setResource(v)}
                style={{ minWidth: 160 }}
              />
            </Form.Item>
            <Form.Item
              label={t('screen.portfolio.frontier.points')}
              name="points"
              initialValue={points}
            >
              <InputNumber min={2} max={101} precision={0} onChange={(v) => setPoints(v ?? 11)} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} disabled={!canRun}>
              {t('screen.portfolio.frontier.run')}
            </Button>
          </Form>
        )}
        <RunStatus slug={slug} control={control} />
        {frontier === undefined || option === undefined ? null : (
          <>
            <EChart
              option={option}
              label={t('screen.portfolio.frontier.chart', { resource: frontier.resource })}
              onItemClick={onPoint}
            />
            <Flex gap={8} align="center" wrap>
              <label htmlFor="pf-frontier-point">{t('screen.portfolio.frontier.point')}</label>
              <Select
                id="pf-frontier-point"
                key={frontier.points.length + frontier.resource}
                {...(chosen === undefined ? {} : { value: chosen })}
                onChange={(v: number) => setChosen(v)}
                placeholder={t('screen.portfolio.frontier.pointPlaceholder')}
                style={{ minWidth: 260 }}
                options={frontier.points.map((p, index) => ({
                  value: index,
                  label: t('screen.portfolio.frontier.pointOption', {
                    capacity: format(p.capacity),
                    objective: p.objective === null ? '—' : format(p.objective),
                  }),
                }))}
              />
            </Flex>
            {point === undefined ? (
              <Typography.Text type="secondary">
                {t('screen.portfolio.frontier.clickHint')}
              </Typography.Text>
            ) : (
              <section
                aria-label={t('screen.portfolio.frontier.portfolio')}
                data-testid="frontier-portfolio"
              >
                <Typography.Title level={3} style={{ fontSize: 15 }}>
                  {t('screen.portfolio.frontier.portfolioAt', {
                    resource: frontier.resource,
                    capacity: format(point.capacity),
                    objective: point.objective === null ? '—' : format(point.objective),
                  })}
                </Typography.Title>
                {point.selected.length === 0 ? (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={t('screen.portfolio.frontier.infeasiblePoint')}
                  />
                ) : (
                  <Flex gap={4} wrap>
                    {point.selected.map((id) => (
                      <Tag key={id}>{partners.get(id)?.name ?? id}</Tag>
                    ))}
                  </Flex>
                )}
              </section>
            )}
            <SaveScenario
              id="frontier"
              disabled={!canRun || busy}
              save={async (name) => {
                await runFrontier(
                  slug,
                  { resource: frontier.resource, points: frontier.points.length },
                  name,
                );
                onSaved();
              }}
            />
          </>
        )}
      </Flex>
    </Card>
  );
}
