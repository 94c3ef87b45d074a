/** Partners by kind and by status: two bar charts of the partner list's totals under each filter. */
import { Card, Col, Row, theme } from 'antd';
import { useMemo } from 'react';
import EChart from '../../charts/EChart';
import type { ChartOption } from '../../charts/echarts';
import { useI18n } from '../../i18n/I18nProvider';
import type { DashboardData } from './load-dashboard';

function barOption(
  rows: readonly { readonly label: string; readonly count: number }[],
  name: string,
  color: string,
  description: string,
): ChartOption {
  return {
    // ECharts' own description would replace the chart's label: give it ours.
    aria: { enabled: true, label: { description } },
    grid: { left: 112, right: 32, top: 8, bottom: 24 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: rows.map((row) => row.label) },
    series: [
      {
        type: 'bar',
        name,
        data: rows.map((row) => row.count),
        itemStyle: { color },
        label: { show: true, position: 'right' },
      },
    ],
  };
}

export function CountsSection({ data }: { readonly data: DashboardData }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const count = t('screen.dashboard.partnerCount');
  const kindRows = useMemo(
    () =>
      data.byKind.map(({ kind, count }) => ({ label: t(`screen.dashboard.kind.${kind}`), count })),
    [data, t],
  );
  const statusRows = useMemo(
    () =>
      data.byStatus.map(({ status, count }) => ({
        label: t(`screen.dashboard.status.${status}`),
        count,
      })),
    [data, t],
  );
  const describe = (rows: readonly { label: string; count: number }[]) =>
    rows
      .map((row) => t('screen.dashboard.countItem', { label: row.label, count: row.count }))
      .join(', ');
  const kindLabel = t('screen.dashboard.byKindLabel', { items: describe(kindRows) });
  const statusLabel = t('screen.dashboard.byStatusLabel', { items: describe(statusRows) });
  const kindOption = useMemo(
    () => barOption(kindRows, count, token.colorPrimary, kindLabel),
    [kindRows, count, token.colorPrimary, kindLabel],
  );
  const statusOption = useMemo(
    () => barOption(statusRows, count, token.colorInfo, statusLabel),
    [statusRows, count, token.colorInfo, statusLabel],
  );
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('screen.dashboard.byKind')}</h2>}>
          <EChart label={kindLabel} option={kindOption} height={200} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('screen.dashboard.byStatus')}</h2>}>
          <EChart label={statusLabel} option={statusOption} height={260} />
        </Card>
      </Col>
    </Row>
  );
}
