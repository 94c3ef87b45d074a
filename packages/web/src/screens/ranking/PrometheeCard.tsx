/**
 * PROMETHEE on the ranking screen: each criterion's preference function (change its shape
 * to see the order move; not saved) with a small plot of P(d), and the GAIA plane at the
 * current weights: partners, criteria axes and the decision stick (δ: the share of the
 * flows' variance the plane shows). Curves and plane come from the engine (core).
 */
import { Card, Flex, Select, Typography, theme } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import type { ChartOption } from '../../charts/echarts';
import { PageLoading } from '../../components/PageLoading';
import { PREFERENCE_TYPES, type PreferenceFunction, type PreferenceType } from '../../engine';
import { useI18n } from '../../i18n/I18nProvider';
import { columnSpan, curveOf, defaultPreference, gaiaView } from './preferences';
import type { RankingModel } from './ranking-model';

const EChart = lazy(() => import('../../charts/EChart'));

export function PrometheeCard({
  model,
  weights,
  preferences,
  onChange,
}: {
  readonly model: RankingModel;
  readonly weights: readonly number[];
  readonly preferences: readonly (PreferenceFunction | undefined)[];
  readonly onChange: (k: number, f: PreferenceFunction) => void;
}) {
  const { t, formatNumber } = useI18n();
  const { token } = theme.useToken();
  const view = useMemo(() => gaiaView(model, weights), [model, weights]);
  const gaiaLabel = t('screen.ranking.gaiaLabel', {
    delta: formatNumber((view?.delta ?? 0) * 100, { maximumFractionDigits: 1 }),
  });
  const nameOf = (id: string) => model.names[model.matrix.ids.indexOf(id)] ?? id;
  return (
    <Card
      style={{ flex: '1 1 100%', minWidth: 0 }}
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('screen.ranking.prometheeTitle')}</h2>}
      data-testid="promethee-card"
    >
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('screen.ranking.prometheeHint')}
        </Typography.Paragraph>
        <Suspense fallback={<PageLoading />}>
          <Flex gap={16} wrap>
            {model.portfolio.criteria.map((c, k) => {
              const span = columnSpan(model, k);
              const f = preferences[k];
              const label = t('screen.ranking.preferenceLabel', { name: c.name });
              const option: ChartOption = {
                aria: { enabled: true, label: { description: label } },
                grid: { left: 36, right: 12, top: 12, bottom: 24 },
                xAxis: { type: 'value', min: 0, max: span },
                yAxis: { type: 'value', min: 0, max: 1, splitNumber: 2 },
                series: [
                  {
                    type: 'line',
                    showSymbol: false,
                    data: curveOf(f, span),
                    lineStyle: { color: token.colorPrimary },
                  },
                ],
              };
              return (
                <Flex key={c.id} vertical gap={4} style={{ flex: '1 1 220px', maxWidth: 320 }}>
                  <Typography.Text strong>{c.name}</Typography.Text>
                  <Select
                    aria-label={label}
                    data-testid={`preference-${c.id}`}
                    value={f?.type ?? 'usual'}
                    onChange={(type: PreferenceType) => onChange(k, defaultPreference(type, span))}
                    options={PREFERENCE_TYPES.map((type) => ({
                      value: type,
                      label: t(`screen.ranking.preference.${type}`),
                    }))}
                  />
                  <EChart label={label} option={option} height={120} />
                </Flex>
              );
            })}
          </Flex>
          {view === undefined ? null : (
            <Flex vertical gap={4} data-testid="gaia-plane">
              <Typography.Text strong>
                {t('screen.ranking.gaiaTitle', {
                  delta: formatNumber(view.delta * 100, { maximumFractionDigits: 1 }),
                })}
              </Typography.Text>
              <EChart
                label={gaiaLabel}
                height={380}
                option={{
                  aria: { enabled: true, label: { description: gaiaLabel } },
                  grid: { left: 40, right: 40, top: 30, bottom: 30 },
                  tooltip: { trigger: 'item' },
                  legend: { top: 0 },
                  xAxis: { type: 'value', scale: true },
                  yAxis: { type: 'value', scale: true },
                  series: [
                    {
                      type: 'scatter',
                      name: t('screen.ranking.gaiaPartners'),
                      data: view.partners.map((p) => ({ name: nameOf(p.id), value: [p.x, p.y] })),
                      // Names beside the points while they fit; beyond, on hover.
                      label: {
                        show: view.partners.length <= 15,
                        position: 'right',
                        formatter: '{b}',
                      },
                      itemStyle: { color: token.colorPrimary },
                    },
                    ...view.criteria.map((c) => ({
                      type: 'line' as const,
                      name: t('screen.ranking.gaiaCriteria'),
                      data: [
                        [0, 0],
                        [c.x, c.y],
                      ],
                      showSymbol: false,
                      lineStyle: { color: token.colorWarning },
                      endLabel: {
                        show: true,
                        formatter:
                          model.portfolio.criteria.find((x) => x.id === c.id)?.name ?? c.id,
                      },
                    })),
                    {
                      type: 'line',
                      name: t('screen.ranking.gaiaStick'),
                      data: [[0, 0], view.stick],
                      showSymbol: false,
                      lineStyle: { color: token.colorError, width: 3 },
                    },
                  ],
                }}
              />
            </Flex>
          )}
        </Suspense>
      </Flex>
    </Card>
  );
}
