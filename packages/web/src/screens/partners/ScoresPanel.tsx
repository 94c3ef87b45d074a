/**
 * Scores by assessor: one row per assessor, one column per criterion, the combined score
 * (the mean over assessors, as the server computes it), and the stated uncertainty of each
 * score (what the ranking's SMAA draws it from); below, for an editor, a form to record or
 * replace one's own score on a criterion, and one to state a score's uncertainty.
 */
import { App, Button, Flex, Form, InputNumber, Select, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import { useLoad } from '../../app/use-load';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { PageLoading } from '../../components/PageLoading';
import { useI18n } from '../../i18n/I18nProvider';
import { DistributionEditor } from './DistributionEditor';
import { type Draft, draftOf } from './distribution';
import { parametersOf, type StatedScores, uncertaintyKey, withStated } from './score-uncertainty';
import type { PartnerView as Partner } from './views';

const COMBINED = '\u0000combined';
const UNCERTAINTY = '\u0000uncertainty';

export function ScoresPanel({
  slug,
  partner,
  canWrite,
  onSaved,
}: {
  readonly slug: string;
  readonly partner: Partner;
  readonly canWrite: boolean;
  readonly onSaved: () => void;
}) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const { message } = App.useApp();
  const data = useLoad(
    () =>
      Promise.all([
        unwrap(api.GET('/api/workspaces/{slug}/criteria', { params: { path: { slug } } })),
        unwrap(
          api.GET('/api/workspaces/{slug}/assessments', {
            params: { path: { slug }, query: { partner: partner.id } },
          }),
        ),
        unwrap(
          api.GET('/api/workspaces/{slug}/partners/{id}/score-distributions', {
            params: { path: { slug, id: partner.id } },
          }),
        ),
      ]),
    [slug, partner.id, partner.version],
  );
  const [criterion, setCriterion] = useState<string | undefined>();
  const [score, setScore] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  const table = useMemo(() => {
    if (data.data === undefined) return undefined;
    const [set, assessments, stated] = data.data;
    const assessors = [...new Set(assessments.map((a) => a.assessor))].sort();
    const rows = assessors.map((assessor) => {
      const cells: Record<string, number> = {};
      for (const a of assessments) if (a.assessor === assessor) cells[a.criterion] = a.score;
      return { key: assessor, assessor, cells };
    });
    const combined: Record<string, number> = {};
    for (const c of set.criteria) {
      const scores = assessments.filter((a) => a.criterion === c.id).map((a) => a.score);
      const mean =
        scores.length > 0
          ? scores.reduce((s, x) => s + x, 0) / scores.length
          : partner.scores[c.id];
      if (mean !== undefined) combined[c.id] = mean;
    }
    return {
      criteria: set.criteria,
      rows: [
        ...rows,
        { key: COMBINED, assessor: '', cells: combined },
        { key: UNCERTAINTY, assessor: '', cells: {} },
      ],
      stated: stated.distributions as StatedScores,
      version: stated.version,
    };
  }, [data.data, partner.scores]);

  if (data.status === 'error') return <ErrorPanel error={data.error} onRetry={data.reload} />;
  if (table === undefined) return <PageLoading />;
  if (table.criteria.length === 0) {
    return <Typography.Paragraph>{t('screen.partners.scores.noCriteria')}</Typography.Paragraph>;
  }

  const save = async () => {
    if (criterion === undefined || score === null) return;
    setBusy(true);
    try {
      await unwrap(
        api.PUT('/api/workspaces/{slug}/assessments', {
          params: { path: { slug } },
          body: { partner: partner.id, criterion, score },
        }),
      );
      void message.success(t('screen.partners.scores.saved'));
      data.reload();
      onSaved();
    } catch (error) {
      void message.error(problemMessage(error, i18n));
    } finally {
      setBusy(false);
    }
  };

  const uncertaintyText = (criterionId: string): string => {
    const d = table.stated[criterionId];
    if (d === undefined) return '–';
    const { form, values } = parametersOf(d);
    const params = Object.fromEntries(
      Object.entries(values).map(([name, v]) => [
        name,
        formatNumber(v, { maximumFractionDigits: 4 }),
      ]),
    );
    // Each form's text names exactly core's parameters of the form (score-uncertainty.test.ts).
    return t(uncertaintyKey(form), params as never);
  };

  type Row = (typeof table.rows)[number];
  return (
    <Flex vertical gap={16}>
      {table.rows.length === 2 ? (
        <Typography.Text type="secondary">{t('screen.partners.scores.none')}</Typography.Text>
      ) : null}
      <Table<Row>
        size="small"
        aria-label={t('screen.partners.scores.matrixLabel')}
        data-testid="scores-matrix"
        pagination={false}
        dataSource={table.rows}
        scroll={{ x: 200 + table.criteria.length * 120 }}
        columns={[
          {
            key: 'assessor',
            title: t('screen.partners.scores.assessor'),
            width: 200,
            fixed: 'left',
            render: (_: unknown, row: Row) =>
              row.key === COMBINED ? (
                <Typography.Text strong>{t('screen.partners.scores.combined')}</Typography.Text>
              ) : row.key === UNCERTAINTY ? (
                <Typography.Text type="secondary">
                  {t('screen.partners.uncertainty.row')}
                </Typography.Text>
              ) : (
                row.assessor
              ),
          },
          ...table.criteria.map((c) => ({
            key: c.id,
            title: c.name ?? c.id,
            width: 120,
            align: 'right' as const,
            render: (_: unknown, row: Row) => {
              if (row.key === UNCERTAINTY) {
                return (
                  <Typography.Text type="secondary" data-testid={`uncertainty-${c.id}`}>
                    {uncertaintyText(c.id)}
                  </Typography.Text>
                );
              }
              const v = row.cells[c.id];
              const text = v === undefined ? '–' : formatNumber(v, { maximumFractionDigits: 2 });
              return row.key === COMBINED ? <Typography.Text strong>{text}</Typography.Text> : text;
            },
          })),
        ]}
      />
      <Typography.Text type="secondary">{t('screen.partners.scores.combinedHelp')}</Typography.Text>
      {canWrite ? (
        <Form layout="inline" component="div" aria-label={t('screen.partners.scores.yours')}>
          <Form.Item label={t('screen.partners.scores.criterion')}>
            <Select<string>
              aria-label={t('screen.partners.scores.criterion')}
              value={criterion ?? null}
              onChange={(value) => setCriterion(value)}
              options={table.criteria.map((c) => ({ value: c.id, label: c.name ?? c.id }))}
              style={{ width: 220 }}
            />
          </Form.Item>
          <Form.Item label={t('screen.partners.scores.score')}>
            <InputNumber<number>
              aria-label={t('screen.partners.scores.score')}
              value={score}
              onChange={(v) => setScore(typeof v === 'number' ? v : null)}
            />
          </Form.Item>
          <Button
            type="primary"
            disabled={criterion === undefined || score === null}
            loading={busy}
            onClick={() => void save()}
          >
            {t('screen.partners.scores.save')}
          </Button>
        </Form>
      ) : null}
      {canWrite ? (
        <UncertaintyForm
          slug={slug}
          partnerId={partner.id}
          criteria={table.criteria}
          stated={table.stated}
          version={table.version}
          onSaved={() => {
            data.reload();
            onSaved();
          }}
        />
      ) : null}
    </Flex>
  );
}

/** An editor states one criterion's uncertainty (its fields are core's, per form), or clears it. */
function UncertaintyForm({
  slug,
  partnerId,
  criteria,
  stated,
  version,
  onSaved,
}: {
  readonly slug: string;
  readonly partnerId: string;
  readonly criteria: readonly { readonly id: string; readonly name?: string }[];
  readonly stated: StatedScores;
  readonly version: number;
  readonly onSaved: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [criterion, setCriterion] = useState<string | undefined>();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const chosen = criteria.find((c) => c.id === criterion);
  const next = criterion === undefined ? undefined : withStated(stated, criterion, draft);

  const save = async () => {
    if (criterion === undefined || next === undefined) return;
    setBusy(true);
    try {
      await unwrap(
        api.PUT('/api/workspaces/{slug}/partners/{id}/score-distributions', {
          params: { path: { slug, id: partnerId } },
          body: { distributions: next, version },
        }),
      );
      void message.success(t('screen.partners.uncertainty.saved'));
      onSaved();
    } catch (error) {
      void message.error(problemMessage(error, i18n));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={8} role="group" aria-label={t('screen.partners.uncertainty.title')}>
      <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
        {t('screen.partners.uncertainty.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('screen.partners.uncertainty.help')}</Typography.Text>
      <Form layout="inline" component="div">
        <Form.Item label={t('screen.partners.uncertainty.criterion')}>
          <Select<string>
            aria-label={t('screen.partners.uncertainty.criterion')}
            value={criterion ?? null}
            onChange={(value) => {
              setCriterion(value);
              setDraft(draftOf(stated[value]));
            }}
            options={criteria.map((c) => ({ value: c.id, label: c.name ?? c.id }))}
            style={{ width: 220 }}
          />
        </Form.Item>
      </Form>
      {chosen === undefined ? null : (
        <DistributionEditor
          label={t('screen.partners.uncertainty.what', { criterion: chosen.name ?? chosen.id })}
          draft={draft}
          onChange={setDraft}
          allowNone
          noneLabel={t('screen.partners.uncertainty.clear')}
          chart={false}
        />
      )}
      <div>
        <Button
          type="primary"
          disabled={next === undefined}
          loading={busy}
          onClick={() => void save()}
        >
          {t('screen.partners.uncertainty.save')}
        </Button>
      </div>
    </Flex>
  );
}
