/**
 * The heat map: likelihood across, expected loss up, the number of risks in each cell.
 * Clicking a cell (or its button below, for the keyboard and screen readers) filters the
 * list to it; the chosen cell is outlined.
 */
import { Button, Flex, Typography } from 'antd';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import type { echarts } from '../../charts/echarts';
import { PageLoading } from '../../components/PageLoading';
import { formatLoss } from '../../components/risks/risk-labels';
import { BANDS, bandBounds, type HeatCell, type HeatGrid } from '../../components/risks/risk-view';
import { useI18n } from '../../i18n/I18nProvider';

const EChart = lazy(() => import('../../charts/EChart'));

/** The chart's plot area in pixels: fixed, so a cell's place on the canvas is known. */
export const HEAT_GRID = { left: 96, right: 16, top: 12, bottom: 48, height: 300 } as const;

export function RiskHeatMap({
  grid,
  total,
  selected,
  onSelect,
}: {
  readonly grid: HeatGrid;
  readonly total: number;
  readonly selected: HeatCell | undefined;
  readonly onSelect: (cell: HeatCell) => void;
}) {
  const { t, formatNumber } = useI18n();
  const { likelihoodBand, impactBand } = useBandWords(grid.impactTop);
  const bands = useMemo(() => Array.from({ length: BANDS }, (_, i) => i), []);
  const max = Math.max(1, ...grid.counts.flat());

  const option = useMemo(
    () => ({
      tooltip: { show: false },
      grid: {
        left: HEAT_GRID.left,
        right: HEAT_GRID.right,
        top: HEAT_GRID.top,
        bottom: HEAT_GRID.bottom,
      },
      xAxis: {
        type: 'category',
        data: bands.map(likelihoodBand),
        name: t('screen.risks.heat.likelihood'),
        nameLocation: 'middle',
        nameGap: 28,
        splitArea: { show: true },
      },
      yAxis: {
        type: 'category',
        data: bands.map(impactBand),
        name: t('screen.risks.heat.impact'),
        nameLocation: 'middle',
        nameGap: 84,
        splitArea: { show: true },
      },
      visualMap: {
        show: false,
        min: 0,
        max,
        inRange: { color: ['#f6ffed', '#ffe58f', '#fa8c16', '#cf1322'] },
      },
      series: [
        {
          type: 'heatmap',
          data: bands.flatMap((l) =>
            bands.map((i) => {
              const count = grid.counts[l]?.[i] ?? 0;
              const chosen = selected?.likelihood === l && selected.impact === i;
              return {
                value: [l, i, count],
                label: { show: count > 0, color: count / max > 0.6 ? '#fff' : '#000' },
                itemStyle: chosen
                  ? { borderColor: '#1677ff', borderWidth: 3 }
                  : { borderColor: '#d9d9d9', borderWidth: 1 },
              };
            }),
          ),
          label: { show: true, fontSize: 14, fontWeight: 'bold' },
          emphasis: { itemStyle: { borderColor: '#1677ff', borderWidth: 2 } },
        },
      ],
    }),
    [bands, grid.counts, impactBand, likelihoodBand, max, selected, t],
  );

  const onItemClick = useCallback(
    (params: echarts.ECElementEvent) => {
      const value = params.value;
      if (!Array.isArray(value)) return;
      const [likelihood, impact] = value;
      if (typeof likelihood === 'number' && typeof impact === 'number') {
        onSelect({ likelihood, impact });
      }
    },
    [onSelect],
  );

  const cells = bands.flatMap((l) =>
    bands
      .map((i) => ({ likelihood: l, impact: i, count: grid.counts[l]?.[i] ?? 0 }))
      .filter((c) => c.count > 0),
  );
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">
        {t('screen.risks.heat.help', { top: formatLoss(formatNumber, grid.impactTop) })}
      </Typography.Text>
      <div data-testid="risk-heat-map">
        <Suspense fallback={<PageLoading />}>
          <EChart
            option={option}
            height={HEAT_GRID.height}
            label={t('screen.risks.heat.label', { total })}
            onItemClick={onItemClick}
          />
        </Suspense>
      </div>
      <Flex wrap gap={4} role="group" aria-label={t('screen.risks.heat.cells')}>
        {cells.map((c) => {
          const chosen = selected?.likelihood === c.likelihood && selected.impact === c.impact;
          return (
            <Button
              key={`${c.likelihood}-${c.impact}`}
              size="small"
              type={chosen ? 'primary' : 'default'}
              aria-pressed={chosen}
              data-testid={`heat-cell-${c.likelihood}-${c.impact}`}
              onClick={() => onSelect(c)}
            >
              {t('screen.risks.heat.cell', {
                likelihood: likelihoodBand(c.likelihood),
                impact: impactBand(c.impact),
                count: c.count,
              })}
            </Button>
          );
        })}
      </Flex>
    </Flex>
  );
}

/** The words of each band on the two axes ("20 %–40 %", "0–12.5"). */
export function useBandWords(impactTop: number) {
  const { formatPercent, formatNumber } = useI18n();
  return useMemo(() => {
    const range = (band: number, top: number, say: (v: number) => string) => {
      const [low, high] = bandBounds(band, top);
      return `${say(low)}–${say(high)}`;
    };
    return {
      likelihoodBand: (band: number) => range(band, 1, (v) => formatPercent(v, 0)),
      impactBand: (band: number) => range(band, impactTop, (v) => formatLoss(formatNumber, v)),
    };
  }, [formatNumber, formatPercent, impactTop]);
}
