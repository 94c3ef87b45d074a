/**
 * Scores by assessor: one row per assessor, one column per criterion, and the combined
 * score (the mean over assessors, as the server computes it) in the last row; below, a
 * form to record or replace one's own score on a criterion.
 */
import { App, Button, Flex, Form, InputNumber, Select, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import { useLoad } from '../../app/use-load';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { PageLoading } from '../../components/PageLoading';
import { useI18n } from '../../i18n/I18nProvider';
import type { PartnerView as Partner } from './views';

const COMBINED = '\u0000combined';

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
      ]),
    [slug, partner.id],
  );
  const [criterion, setCriterion] = useState<string | undefined>();
  const [score, setScore] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  const table = useMemo(() => {
    if (data.data === undefined) return undefined;
    const [set, assessments] = data.data;
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
      rows: [...rows, { key: COMBINED, assessor: '', cells: combined }],
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

  type Row = (typeof table.rows)[number];
  return (
    <Flex vertical gap={16}>
      {table.rows.length === 1 ? (
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
    </Flex>
  );
}
