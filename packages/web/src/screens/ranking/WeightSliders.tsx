/**
 * One slider per criterion weight for the live what-if, each with its stability interval
 * drawn as a band under it: the range over which the first choice stays first (lighter)
 * and the whole order stays (darker), from the engine's `sensitivity`.
 */
import { Flex, Slider, Typography, theme } from 'antd';
import type { WeightSensitivity } from '../../engine';
import { useI18n } from '../../i18n/I18nProvider';

interface Props {
  readonly criteria: readonly { readonly id: string; readonly name: string }[];
  readonly weights: readonly number[];
  readonly stability: readonly WeightSensitivity[] | undefined;
  /** While dragging: re-rank. */
  readonly onMove: (k: number, value: number) => void;
  /** On release: recompute the stability intervals. */
  readonly onSettle: () => void;
}

const pct = (v: number) => `${(Math.min(1, Math.max(0, v)) * 100).toFixed(3)}%`;

export function WeightSliders({ criteria, weights, stability, onMove, onSettle }: Props) {
  const { t, formatPercent } = useI18n();
  const { token } = theme.useToken();
  return (
    <Flex vertical gap={16}>
      {criteria.map((c, k) => {
        const w = weights[k] ?? 0;
        const row = stability?.find((s) => s.criterion === c.id);
        return (
          <div key={c.id} data-testid={`weight-row-${c.id}`}>
            <Flex justify="space-between" gap={8}>
              <Typography.Text strong id={`weight-label-${c.id}`}>
                {c.name}
              </Typography.Text>
              <Typography.Text data-testid={`weight-value-${c.id}`}>
                {formatPercent(w, 1)}
              </Typography.Text>
            </Flex>
            <Slider
              ariaLabelForHandle={t('screen.ranking.weightLabel', { name: c.name })}
              min={0}
              max={1}
              step={0.001}
              value={w}
              onChange={(v: number) => onMove(k, v)}
              onChangeComplete={onSettle}
              tooltip={{ formatter: (v) => (v === undefined ? null : formatPercent(v, 1)) }}
              style={{ margin: '6px 6px 2px' }}
            />
            {row === undefined ? null : (
              <>
                <div
                  role="img"
                  aria-label={t('screen.ranking.bandLabel', { name: c.name })}
                  style={{
                    position: 'relative',
                    height: 8,
                    margin: '0 6px',
                    borderRadius: 4,
                    background: token.colorFillSecondary,
                  }}
                >
                  <div
                    data-testid={`band-top-${c.id}`}
                    style={{
                      position: 'absolute',
                      left: pct(row.top.low),
                      width: pct(row.top.high - row.top.low),
                      top: 0,
                      bottom: 0,
                      borderRadius: 4,
                      background: token.colorPrimaryBgHover,
                    }}
                  />
                  <div
                    style={{
                      position: 'absolute',
                      left: pct(row.ranking.low),
                      width: pct(row.ranking.high - row.ranking.low),
                      minWidth: 2,
                      top: 0,
                      bottom: 0,
                      borderRadius: 4,
                      background: token.colorPrimary,
                    }}
                  />
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('screen.ranking.stability', {
                    topLow: formatPercent(row.top.low, 1),
                    topHigh: formatPercent(row.top.high, 1),
                    low: formatPercent(row.ranking.low, 1),
                    high: formatPercent(row.ranking.high, 1),
                  })}
                </Typography.Text>
              </>
            )}
          </div>
        );
      })}
    </Flex>
  );
}
