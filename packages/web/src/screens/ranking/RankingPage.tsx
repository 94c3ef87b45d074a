/**
 * Ranking: weighted sum or TOPSIS over the workspace's data, computed in the browser by
 * the engine's `rankMatrix` (the same code the server runs), with a live what-if: one
 * slider per weight re-ranks at once (timed), each with its stability interval, and the
 * partners that moved highlighted. The server confirms the ranking at the saved weights,
 * unless it would run that ranking as a job (PROMETHEE's Gaussian pairs past core's
 * `rankRunsAsJob`): the screen then says it was not checked rather than queue a job.
 */
import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  SyncOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Flex, Radio, Space, Typography } from 'antd';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import { useLoad } from '../../app/use-load';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { PageLayout } from '../../components/PageLayout';
import { PageLoading } from '../../components/PageLoading';
import { StatusBadge } from '../../components/StatusBadge';
import {
  type AnyRankMethod,
  type PreferenceFunction,
  sensitivity,
  weightsAlong,
} from '../../engine';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentWorkspace } from '../../workspace/WorkspacesProvider';
import { AcceptabilityCard } from './AcceptabilityCard';
import { AgreementCard } from './AgreementCard';
import { PrometheeCard } from './PrometheeCard';
import { withPreferences } from './preferences';
import { RankingTable } from './RankingTable';
import {
  agreesWith,
  buildModel,
  partnerCount,
  type RankingModel,
  rankChanges,
  rerank,
  sameWeights,
  serverChecks,
} from './ranking-model';
import { WeightSliders } from './WeightSliders';

const CARD_TITLE = { fontSize: 16, margin: 0 } as const;
type Verification =
  | { state: 'pending' }
  | { state: 'agrees' | 'differs' }
  /** The server would rank this as a job: not asked. */
  | { state: 'unchecked' }
  | { state: 'failed'; error: unknown };

export default function RankingPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { slug } = useCurrentWorkspace();
  const spec = useLoad(
    () =>
      unwrap(
        api.GET('/api/workspaces/{slug}/spec', {
          params: { path: { slug }, query: { format: 'json' } },
        }),
      ),
    [slug],
  );
  const frame = (children: ReactNode) => (
    <PageLayout title={t('nav.ranking')} description={t('screen.ranking.description')}>
      {children}
    </PageLayout>
  );
  const built = useMemo(
    () => (spec.data === undefined ? undefined : buildModel(spec.data)),
    [spec.data],
  );

  if (spec.status === 'error')
    return frame(<ErrorPanel error={spec.error} onRetry={spec.reload} />);
  if (spec.data === undefined || built === undefined) return frame(<PageLoading />);
  if (partnerCount(spec.data) === 0) {
    return frame(
      <EmptyState
        title={t('screen.ranking.emptyTitle')}
        description={t('screen.ranking.emptyText')}
        steps={[t('screen.ranking.emptyStepImport'), t('screen.ranking.emptyStepCriteria')]}
      />,
    );
  }
  if (!built.ok) {
    return frame(
      <Alert
        type="warning"
        showIcon
        title={t('screen.ranking.invalidTitle')}
        description={
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {built.issues.slice(0, 10).map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        }
      />,
    );
  }
  return frame(<WhatIf key={slug} slug={slug} model={built.model} />);
}

function WhatIf({ slug, model }: { readonly slug: string; readonly model: RankingModel }) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const [method, setMethod] = useState<AnyRankMethod>('weighted-sum');
  const [weights, setWeights] = useState<readonly number[]>(model.savedWeights);
  const [settled, setSettled] = useState<readonly number[]>(model.savedWeights);
  const [verification, setVerification] = useState<Verification>({ state: 'pending' });
  const [preferences, setPreferences] = useState<readonly (PreferenceFunction | undefined)[]>(() =>
    model.portfolio.criteria.map((c) => c.preference),
  );
  // The what-if model: the saved one with the preference functions chosen on this screen.
  const current = useMemo(() => withPreferences(model, preferences), [model, preferences]);

  const timed = useMemo(() => rerank(current, weights, method), [current, weights, method]);
  const baseline = useMemo(
    () => rerank(model, model.savedWeights, method).ranking,
    [model, method],
  );
  const moved = useMemo(() => rankChanges(baseline.ranks, timed.ranking.ranks), [baseline, timed]);
  const changed = moved.reduce((count, d) => count + (d === 0 ? 0 : 1), 0);
  const stability = useMemo(() => {
    // Stability intervals are defined for the weighted sum and TOPSIS only.
    if (method !== 'weighted-sum' && method !== 'topsis') return undefined;
    const rows = sensitivity(model.portfolio, { method, weights: settled });
    return rows.ok ? rows.value : undefined;
  }, [model, method, settled]);
  const atSaved = sameWeights(weights, model.savedWeights);

  useEffect(() => {
    if (!serverChecks(model, method)) {
      setVerification({ state: 'unchecked' });
      return;
    }
    let current = true;
    setVerification({ state: 'pending' });
    unwrap(
      api.POST('/api/workspaces/{slug}/rank', { params: { path: { slug } }, body: { method } }),
    ).then(
      (answer) => {
        if (!current) return;
        const ranking = 'ranking' in answer ? answer.ranking : undefined;
        setVerification({
          state:
            ranking !== undefined && agreesWith(model, baseline, ranking) ? 'agrees' : 'differs',
        });
      },
      (error: unknown) => {
        if (current) setVerification({ state: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [slug, method, model, baseline]);

  const move = (k: number, value: number) =>
    setWeights(Array.from(weightsAlong(weights, k, value, new Float64Array(weights.length))));
  const reset = () => {
    setWeights(model.savedWeights);
    setSettled(model.savedWeights);
  };
  const ms = timed.ms;
  const timing =
    ms < 0.1
      ? t('screen.ranking.timingFast', { count: model.matrix.m, ms: formatNumber(0.1) })
      : t('screen.ranking.timing', {
          count: model.matrix.m,
          ms: formatNumber(ms, { maximumFractionDigits: 2 }),
        });

  return (
    <Flex gap={16} wrap align="flex-start">
      <Card
        style={{ flex: '1 1 340px', maxWidth: 460 }}
        title={<h2 style={CARD_TITLE}>{t('screen.ranking.whatIfTitle')}</h2>}
      >
        <Flex vertical gap={12}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('screen.ranking.whatIfHint')}
          </Typography.Paragraph>
          <WeightSliders
            criteria={model.portfolio.criteria}
            weights={weights}
            stability={stability}
            onMove={move}
            onSettle={() => setSettled(weights)}
          />
          <div>
            <Button icon={<UndoOutlined />} disabled={atSaved} onClick={reset}>
              {t('screen.ranking.reset')}
            </Button>
          </div>
        </Flex>
      </Card>
      <Card
        style={{ flex: '2 1 520px', minWidth: 0 }}
        title={<h2 style={CARD_TITLE}>{t('screen.ranking.tableTitle')}</h2>}
      >
        <Flex vertical gap={12}>
          <Flex gap={16} wrap align="center" justify="space-between">
            <Space>
              <Typography.Text id="ranking-method">
                {t('screen.ranking.methodLabel')}
              </Typography.Text>
              <Radio.Group
                aria-labelledby="ranking-method"
                optionType="button"
                value={method}
                onChange={(e) => setMethod(e.target.value as AnyRankMethod)}
                options={(['weighted-sum', 'topsis', 'promethee', 'vikor'] as const).map((m) => ({
                  value: m,
                  label: t(`screen.ranking.method.${m}`),
                }))}
              />
            </Space>
            <Typography.Text type="secondary" data-testid="rerank-time" aria-live="polite">
              {timing}
            </Typography.Text>
          </Flex>
          <Flex gap={8} wrap align="center">
            <Typography.Text data-testid="rank-changes">
              {changed === 0
                ? t('screen.ranking.unchanged')
                : t('screen.ranking.changed', { count: changed })}
            </Typography.Text>
            {atSaved ? (
              <VerificationTag verification={verification} />
            ) : (
              <Typography.Text type="secondary">{t('screen.ranking.custom')}</Typography.Text>
            )}
          </Flex>
          <RankingTable
            ids={model.matrix.ids}
            names={model.names}
            ranking={timed.ranking}
            moved={moved}
            method={method}
          />
        </Flex>
      </Card>
      {method === 'promethee' ? (
        <PrometheeCard
          model={current}
          weights={weights}
          preferences={preferences}
          onChange={(k, f) => setPreferences(preferences.map((g, j) => (j === k ? f : g)))}
        />
      ) : null}
      <AgreementCard model={current} weights={weights} />
      <AcceptabilityCard model={current} method={method} />
    </Flex>
  );
}

function VerificationTag({ verification }: { readonly verification: Verification }) {
  const i18n = useI18n();
  const { t } = i18n;
  switch (verification.state) {
    case 'pending':
      return (
        <StatusBadge tone="neutral" icon={<SyncOutlined spin />}>
          {t('screen.ranking.verifying')}
        </StatusBadge>
      );
    case 'agrees':
      return (
        <StatusBadge tone="success" icon={<CheckCircleOutlined />} data-testid="server-verified">
          {t('screen.ranking.verified')}
        </StatusBadge>
      );
    case 'differs':
      return (
        <StatusBadge tone="error" icon={<CloseCircleOutlined />} data-testid="server-verified">
          {t('screen.ranking.disagrees')}
        </StatusBadge>
      );
    case 'unchecked':
      return (
        <StatusBadge tone="neutral" data-testid="server-verified">
          {t('screen.ranking.unchecked')}
        </StatusBadge>
      );
    case 'failed':
      return (
        <StatusBadge tone="warning">
          {t('screen.ranking.verifyFailed', { message: problemMessage(verification.error, i18n) })}
        </StatusBadge>
      );
  }
}
