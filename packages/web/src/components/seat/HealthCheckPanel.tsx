/**
 * The agreement's health check: the viewer's own private answer (1–5 per dimension), and
 * what both sides said, by side and dimension only where 3 or more of a side answered.
 */
import { Alert, Button, Card, Flex, Input, Rate, Table, Typography } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import type { HealthCheck } from '../../api/types';
import { useLoad } from '../../app/use-load';
import { HEALTH_DIMENSIONS, HEALTH_MIN_GROUP, type HealthDimension } from '../../engine';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorPanel } from '../ErrorBoundary';
import { PageLoading } from '../PageLoading';
import type { SeatProps } from './seat';

const DIMENSION_KEYS = {
  strategy: 'screen.seat.health.dimension.strategy',
  operations: 'screen.seat.health.dimension.operations',
  relationship: 'screen.seat.health.dimension.relationship',
  governance: 'screen.seat.health.dimension.governance',
  culture: 'screen.seat.health.dimension.culture',
} as const satisfies Record<HealthDimension, string>;

type Scores = Partial<Record<HealthDimension, number>>;

export function HealthCheckPanel({ slug, agreement }: SeatProps) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const [round, setRound] = useState(() => new Date().toISOString().slice(0, 4));
  const loaded = useLoad(
    () =>
      unwrap(
        api.GET('/api/workspaces/{slug}/agreements/{id}/health-check', {
          params: { path: { slug, id: agreement.code }, query: { round } },
        }),
      ),
    [slug, agreement.code, round],
  );
  const [draft, setDraft] = useState<Scores | undefined>();
  const [answer, setAnswer] = useState<HealthCheck | undefined>();
  const [failure, setFailure] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  if (loaded.status === 'error') return <ErrorPanel error={loaded.error} onRetry={loaded.reload} />;
  const check = answer?.round === round ? answer : loaded.data;
  if (check === undefined) return <PageLoading />;
  const scores: Scores = draft ?? (check.mine as Scores | null) ?? {};
  const save = async () => {
    setBusy(true);
    setFailure(undefined);
    setSaved(false);
    try {
      const next = await unwrap(
        api.PUT('/api/workspaces/{slug}/agreements/{id}/health-check', {
          params: { path: { slug, id: agreement.code } },
          body: { round, scores },
        }),
      );
      setAnswer(next);
      setDraft(undefined);
      setSaved(true);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const { sides, gaps, overallGap } = check.summary;
  const min = check.summary.minGroup;
  const hidden = t('screen.seat.health.hidden', { min });
  const num = (v: number | null | undefined) =>
    v === null || v === undefined ? '—' : formatNumber(v, { maximumFractionDigits: 2 });
  const rows = HEALTH_DIMENSIONS.map((d) => ({
    key: d,
    label: t(DIMENSION_KEYS[d]),
    us: sides.us.dimensions === null ? hidden : num(sides.us.dimensions[d]),
    partner: sides.partner.dimensions === null ? hidden : num(sides.partner.dimensions[d]),
    gap: gaps === null ? '—' : num(gaps[d]),
  }));
  rows.push({
    key: 'overall' as HealthDimension,
    label: t('screen.seat.health.overall'),
    us: sides.us.overall === null ? hidden : num(sides.us.overall),
    partner: sides.partner.overall === null ? hidden : num(sides.partner.overall),
    gap: num(overallGap),
  });

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary">
        {t('screen.seat.health.help', { min: HEALTH_MIN_GROUP })}
      </Typography.Paragraph>
      <Flex gap={8} align="center">
        <span>{t('screen.seat.health.round')}</span>
        <Input
          aria-label={t('screen.seat.health.round')}
          value={round}
          onChange={(e) => {
            setDraft(undefined);
            setRound(e.target.value.slice(0, 20));
          }}
          style={{ width: 120 }}
        />
      </Flex>
      <Card size="small" title={t('screen.seat.health.yours')}>
        <Flex vertical gap={8}>
          {HEALTH_DIMENSIONS.map((d) => (
            <Flex key={d} gap={12} align="center">
              <span style={{ minWidth: 120 }} id={`health-${d}`}>
                {t(DIMENSION_KEYS[d])}
              </span>
              <Rate
                aria-labelledby={`health-${d}`}
                value={scores[d] ?? 0}
                onChange={(v) => setDraft({ ...scores, [d]: v === 0 ? undefined : v })}
              />
            </Flex>
          ))}
          <Flex gap={8} align="center">
            <Button type="primary" loading={busy} onClick={() => void save()}>
              {t('screen.seat.health.save')}
            </Button>
            {saved ? (
              <Typography.Text type="success" role="status">
                {t('screen.seat.health.saved')}
              </Typography.Text>
            ) : null}
          </Flex>
          {failure === undefined ? null : (
            <Alert type="error" showIcon title={problemMessage(failure, i18n)} />
          )}
        </Flex>
      </Card>
      <Card size="small" title={t('screen.seat.health.summary')}>
        <Typography.Paragraph data-testid="health-respondents">
          {t('screen.seat.health.respondents', {
            us: sides.us.respondents,
            partner: sides.partner.respondents,
          })}
        </Typography.Paragraph>
        <Table
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: t('screen.seat.health.dimension'), dataIndex: 'label' },
            { title: t('screen.seat.health.us'), dataIndex: 'us', align: 'right' },
            { title: t('screen.seat.health.partner'), dataIndex: 'partner', align: 'right' },
            { title: t('screen.seat.health.gap'), dataIndex: 'gap', align: 'right' },
          ]}
        />
        <Typography.Paragraph style={{ marginTop: 8 }}>
          {overallGap === null
            ? t('screen.seat.health.noGap')
            : t('screen.seat.health.overallGap', { gap: num(overallGap) })}
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}
