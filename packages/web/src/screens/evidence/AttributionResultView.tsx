/**
 * One attribution: the effect with its interval in plain words, the caveats (by warning
 * code), treated against counterfactual, the placebo distribution, the event study, the
 * weights, and the result as JSON or CSV.
 */
import { Alert, Button, Card, Col, Flex, Row, Statistic, Table, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import type { AttributionDocument } from '../../api/types';
import EChart from '../../charts/EChart';
import { useI18n } from '../../i18n/I18nProvider';
import { eventStudyOption, pathOption, placeboOption } from './attribution-charts';
import { attributionCsv, attributionJson, download } from './attribution-export';

/** The warnings core gives (docs/attribution.md), in plain words; others show their message. */
const CAVEATS = {
  few_controls: 'screen.evidence.caveat.few_controls',
  few_pre_periods: 'screen.evidence.caveat.few_pre_periods',
  placebo_impossible: 'screen.evidence.caveat.placebo_impossible',
  pre_trend: 'screen.evidence.caveat.pre_trend',
} as const;
const caveatKey = (code: string) =>
  Object.hasOwn(CAVEATS, code) ? CAVEATS[code as keyof typeof CAVEATS] : undefined;

const heading = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;

function WeightsTable({
  rows,
  label,
  format,
}: {
  readonly rows: readonly [string, number][];
  readonly label: string;
  readonly format: (v: number) => string;
}) {
  const { t } = useI18n();
  return (
    <Table
      size="small"
      pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      rowKey={(r) => r[0]}
      dataSource={[...rows].sort((a, b) => b[1] - a[1])}
      columns={[
        { title: label, render: (_, r) => r[0] },
        { title: t('screen.evidence.weight'), align: 'right', render: (_, r) => format(r[1]) },
      ]}
    />
  );
}

export function AttributionResultView({ doc }: { readonly doc: AttributionDocument }) {
  const { t, formatNumber } = useI18n();
  const fmt = useCallback(
    (v: number) => formatNumber(v, { maximumFractionDigits: 2 }),
    [formatNumber],
  );
  const fmtWeight = (v: number) => formatNumber(v, { maximumFractionDigits: 3 });
  const options = useMemo(
    () => ({
      path: pathOption(doc, {
        chart: t('screen.evidence.pathLabel', {
          periods: doc.series.periods.length,
          start: doc.series.start,
        }),
        format: fmt,
        treated: t('screen.evidence.treated'),
        counterfactual: t('screen.evidence.counterfactual'),
        start: t('screen.evidence.start'),
      }),
      placebo: placeboOption(doc, {
        chart: t('screen.evidence.placeboLabel', {
          count: doc.placebo?.replications ?? 0,
          estimate: fmt(doc.estimate),
        }),
        format: fmt,
        estimate: t('screen.evidence.estimate'),
        count: t('screen.evidence.count'),
      }),
      event: eventStudyOption(doc, {
        chart: t('screen.evidence.eventLabel', { count: doc.eventStudy.length }),
        format: fmt,
        relative: t('screen.evidence.relative'),
        estimate: t('screen.evidence.estimate'),
      }),
    }),
    [doc, t, fmt],
  );
  const ci = doc.ci;
  const includesZero = ci !== null && ci[0] <= 0 && ci[1] >= 0;
  const plain =
    ci !== null && includesZero
      ? t('screen.evidence.plain.uncertain', { outcome: doc.outcome })
      : `${t(
          doc.estimate >= 0 ? 'screen.evidence.plain.positive' : 'screen.evidence.plain.negative',
          {
            outcome: doc.outcome,
            effect: fmt(Math.abs(doc.estimate)),
          },
        )}${ci !== null ? ` ${t('screen.evidence.plain.sure')}` : ''}`;
  const base = `${doc.outcome}-${doc.agreement}-${doc.method}`;

  return (
    <Row gutter={[16, 16]} data-testid="attribution-result">
      <Col xs={24} lg={10}>
        <Card title={heading(t('screen.evidence.effect'))}>
          <Flex vertical gap={8}>
            <Statistic value={fmt(doc.estimate)} data-testid="attribution-estimate" />
            <Typography.Text data-testid="attribution-interval">
              {ci === null
                ? t('screen.evidence.noInterval')
                : t('screen.evidence.interval', { low: fmt(ci[0]), high: fmt(ci[1]) })}
            </Typography.Text>
            <Typography.Paragraph>{plain}</Typography.Paragraph>
            <Typography.Text type="secondary">
              {t('screen.evidence.design', {
                treated: doc.treatedUnits.length,
                controls: doc.controls,
                pre: doc.prePeriods,
                post: doc.postPeriods,
                se: doc.se === null ? '—' : fmt(doc.se),
              })}
            </Typography.Text>
            <Flex gap={8} wrap>
              <Button
                onClick={() => download(`${base}.json`, 'application/json', attributionJson(doc))}
              >
                {t('screen.evidence.exportJson')}
              </Button>
              <Button onClick={() => download(`${base}.csv`, 'text/csv', attributionCsv(doc))}>
                {t('screen.evidence.exportCsv')}
              </Button>
            </Flex>
          </Flex>
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card title={heading(t('screen.evidence.caveatsTitle'))}>
          {doc.warnings.length === 0 ? (
            <Typography.Text>{t('screen.evidence.noCaveats')}</Typography.Text>
          ) : (
            <Flex vertical gap={8} data-testid="attribution-caveats">
              {doc.warnings.map((w) => {
                const key = caveatKey(w.code);
                return (
                  <Alert
                    key={w.code}
                    type="warning"
                    showIcon
                    message={
                      key !== undefined
                        ? t(key)
                        : t('screen.evidence.caveat.other', { code: w.code, message: w.message })
                    }
                  />
                );
              })}
            </Flex>
          )}
        </Card>
      </Col>
      <Col span={24}>
        <Card title={heading(t('screen.evidence.pathTitle'))}>
          <EChart option={options.path} label={t('screen.evidence.pathTitle')} />
        </Card>
      </Col>
      {options.placebo !== null ? (
        <Col xs={24} xl={12}>
          <Card title={heading(t('screen.evidence.placeboTitle'))}>
            <Typography.Paragraph type="secondary">
              {t('screen.evidence.placeboNote')}
            </Typography.Paragraph>
            <EChart
              option={options.placebo}
              label={t('screen.evidence.placeboTitle')}
              height={260}
            />
          </Card>
        </Col>
      ) : null}
      <Col xs={24} xl={12}>
        <Card title={heading(t('screen.evidence.eventTitle'))}>
          <Typography.Paragraph type="secondary">
            {t('screen.evidence.eventNote')}
          </Typography.Paragraph>
          <EChart option={options.event} label={t('screen.evidence.eventTitle')} height={260} />
        </Card>
      </Col>
      <Col span={24}>
        <Card title={heading(t('screen.evidence.weightsTitle'))}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <WeightsTable
                rows={Object.entries(doc.unitWeights)}
                label={t('screen.evidence.unitWeights')}
                format={fmtWeight}
              />
            </Col>
            <Col xs={24} md={12}>
              <WeightsTable
                rows={Object.entries(doc.timeWeights)}
                label={t('screen.evidence.timeWeights')}
                format={fmtWeight}
              />
            </Col>
          </Row>
        </Card>
      </Col>
    </Row>
  );
}
