/**
 * Monte Carlo of S for the optimal portfolio: the server's statistics (a job with progress
 * and Cancel above 200,000 scenarios) and the histogram of the very same samples, drawn
 * by running the core's simulation in the browser with the same seed.
 */
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  Form,
  InputNumber,
  Progress,
  Row,
  Statistic,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { SimulateDocument } from '../../api/types';
import EChart from '../../charts/EChart';
import { useI18n } from '../../i18n/I18nProvider';
import { runSimulate } from './engine-calls';
import { histogramOption } from './histogram-chart';
import { RunStatus } from './RunStatus';
import { SaveScenario } from './SaveScenario';
import { disagreements } from './simulation-check';
import { TrustWeightSwitch } from './TrustWeightSwitch';
import { MAX_BROWSER_SCENARIOS, useBrowserSimulation } from './use-browser-simulation';
import { useEngineRun } from './use-engine-run';

export interface SimulatePanelProps {
  readonly slug: string;
  readonly unit: string;
  readonly canRun: boolean;
  readonly saveConstraints: () => Promise<boolean>;
  readonly onSaved: () => void;
}

export function SimulatePanel({
  slug,
  unit,
  canRun,
  saveConstraints,
  onSaved,
}: SimulatePanelProps) {
  const { t, formatNumber, formatPercent } = useI18n();
  const control = useEngineRun<SimulateDocument>(slug);
  const browser = useBrowserSimulation(slug);
  const [scenarios, setScenarios] = useState(100_000);
  const [seed, setSeed] = useState(1);
  const [trustWeighted, setTrustWeighted] = useState(false);
  const [ranWeighted, setRanWeighted] = useState(false);
  const result = control.last;
  const busy = control.run.phase === 'running' || control.run.phase === 'job';
  const startBrowser = browser.start;

  // Each new server answer: the same run again in the browser, for the histogram.
  useEffect(() => {
    if (result === undefined) return;
    void startBrowser({
      selected: result.selected,
      scenarios: result.scenarios,
      seed: result.seed,
      trustWeighted: ranWeighted,
    });
  }, [result, startBrowser, ranWeighted]);

  const simulate = async () => {
    if (!(await saveConstraints())) return;
    setRanWeighted(trustWeighted);
    await control.start(() => runSimulate(slug, { scenarios, seed, trustWeighted }));
  };

  const format = (v: number) => formatNumber(v, { maximumFractionDigits: 2 });
  const b = browser.state;
  const option = useMemo(
    () =>
      result === undefined || b.phase !== 'done'
        ? undefined
        : histogramOption(b.histogram, result, {
            value:
              unit === ''
                ? t('screen.portfolio.simulate.axisS')
                : t('screen.portfolio.simulate.axisSUnit', { unit }),
            count: t('screen.portfolio.simulate.count'),
            band: t('screen.portfolio.simulate.band'),
            chart: t('screen.portfolio.simulate.chart', { scenarios: result.scenarios }),
            format: (v) => formatNumber(v, { maximumFractionDigits: 1 }),
            formatCount: (v) => formatNumber(v),
          }),
    [result, b, unit, t, formatNumber],
  );
  const differing =
    result !== undefined && b.phase === 'done' ? disagreements(result, b.summary) : undefined;
  const extra = result as (SimulateDocument & { min?: unknown; max?: unknown }) | undefined;

  const stats: [string, string][] =
    result === undefined
      ? []
      : [
          [t('screen.portfolio.simulate.mean'), format(result.mean)],
          [t('screen.portfolio.simulate.sd'), format(result.sd)],
          [t('screen.portfolio.simulate.p5'), format(result.p5)],
          [t('screen.portfolio.simulate.p50'), format(result.p50)],
          [t('screen.portfolio.simulate.p95'), format(result.p95)],
          [t('screen.portfolio.simulate.probLoss'), formatPercent(result.probLoss, 2)],
          [t('screen.portfolio.simulate.cvar5'), format(result.cvar5)],
          ...(typeof extra?.min === 'number' && typeof extra.max === 'number'
            ? ([
                [t('screen.portfolio.simulate.min'), format(extra.min)],
                [t('screen.portfolio.simulate.max'), format(extra.max)],
              ] as [string, string][])
            : []),
        ];

  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('screen.portfolio.simulate.title')}</h2>}
    >
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('screen.portfolio.simulate.help')}
        </Typography.Paragraph>
        <Form layout="inline" name="pf-simulate" onFinish={() => void simulate()}>
          <Form.Item
            label={t('screen.portfolio.simulate.scenarios')}
            name="scenarios"
            initialValue={scenarios}
          >
            <InputNumber
              min={1}
              max={20_000_000}
              step={10_000}
              precision={0}
              onChange={(v) => setScenarios(v ?? 100_000)}
              style={{ width: 160 }}
            />
          </Form.Item>
          <Form.Item label={t('screen.portfolio.simulate.seed')} name="seed" initialValue={seed}>
            <InputNumber
              min={0}
              max={4_294_967_295}
              precision={0}
              onChange={(v) => setSeed(v ?? 1)}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} disabled={!canRun}>
            {t('screen.portfolio.simulate.run')}
          </Button>
        </Form>
        <TrustWeightSwitch id="simulate" checked={trustWeighted} onChange={setTrustWeighted} />
        <Typography.Text type="secondary">{t('screen.portfolio.simulate.jobHint')}</Typography.Text>
        <RunStatus slug={slug} control={control} />
        {result === undefined ? null : (
          <>
            <Typography.Text>
              {t('screen.portfolio.simulate.summary', {
                scenarios: result.scenarios,
                seed: String(result.seed),
                count: result.selected.length,
                expected: format(result.expected),
              })}
            </Typography.Text>
            <Row gutter={[16, 16]} data-testid="simulate-stats">
              {stats.map(([label, value]) => (
                <Col key={label} xs={12} md={6} lg={3}>
                  <Statistic title={label} value={value} />
                </Col>
              ))}
            </Row>
            {b.phase === 'running' ? (
              <Progress
                percent={Math.round(b.progress * 100)}
                aria-label={t('screen.portfolio.simulate.browserProgress')}
              />
            ) : null}
            {b.phase === 'too-large' ? (
              <Alert
                type="info"
                showIcon
                title={t('screen.portfolio.simulate.tooLarge', { max: MAX_BROWSER_SCENARIOS })}
              />
            ) : null}
            {b.phase === 'failed' ? (
              <Alert
                type="error"
                showIcon
                title={t('screen.portfolio.simulate.browserFailed', { message: b.message })}
              />
            ) : null}
            {option === undefined ? null : (
              <EChart
                option={option}
                label={t('screen.portfolio.simulate.chart', { scenarios: result.scenarios })}
              />
            )}
            {differing === undefined ? null : differing.length === 0 ? (
              <Alert
                type="success"
                showIcon
                title={t('screen.portfolio.simulate.agree')}
                data-testid="simulate-agree"
              />
            ) : (
              <Alert
                type="warning"
                showIcon
                title={t('screen.portfolio.simulate.disagree', { list: differing.join(', ') })}
              />
            )}
            <SaveScenario
              id="simulate"
              disabled={!canRun || busy}
              save={async (name) => {
                await runSimulate(
                  slug,
                  {
                    scenarios: result.scenarios,
                    seed: result.seed,
                    selected: result.selected,
                    trustWeighted: ranWeighted,
                  },
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
