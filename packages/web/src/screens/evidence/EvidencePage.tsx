/**
 * Evidence: what a partnership caused. Pick a stored outcome, the agreement whose start
 * treats its linked units, and a method; the server estimates the effect (a job for a large
 * panel) and the result shows the paths, the placebo distribution, the event study, the
 * weights and the caveats. Outcomes are imported from CSV or XLSX here, entered or edited
 * in a grid, and exported as CSV.
 */
import { Button, Card, Flex, Form, InputNumber, message, Radio, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { problemMessage } from '../../api/api-error';
import type { AttributionDocument } from '../../api/types';
import { useLoad } from '../../app/use-load';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { PageLayout } from '../../components/PageLayout';
import { PageLoading } from '../../components/PageLoading';
import { useI18n } from '../../i18n/I18nProvider';
import { JobProgress } from '../../jobs/JobProgress';
import { useCurrentWorkspace } from '../../workspace/WorkspacesProvider';
import { AttributionResultView } from './AttributionResultView';
import {
  type EvidenceData,
  loadEvidence,
  METHODS,
  type Method,
  runAttribution,
} from './evidence-calls';
import { ImportOutcomesModal } from './ImportOutcomesModal';
import { LearnedStandardCard } from './LearnedStandardCard';
import { OutcomeEntryModal } from './OutcomeEntryModal';

type Run =
  | { readonly phase: 'idle' | 'running' }
  | { readonly phase: 'job'; readonly jobId: string }
  | { readonly phase: 'done'; readonly doc: AttributionDocument }
  | { readonly phase: 'error'; readonly message: string };

function Attribution({ slug, data }: { readonly slug: string; readonly data: EvidenceData }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { outcomes, units } = data.outcomes;
  const linked = useMemo(() => {
    const codes = new Map<string, string>();
    for (const u of units) if (u.agreement && u.treatedFrom) codes.set(u.agreement, u.treatedFrom);
    return [...codes];
  }, [units]);
  const [outcome, setOutcome] = useState(outcomes[0]?.name);
  const [agreement, setAgreement] = useState(linked[0]?.[0]);
  const [method, setMethod] = useState<Method>('sdid');
  const [placebo, setPlacebo] = useState(200);
  const [seed, setSeed] = useState(1);
  const [run, setRun] = useState<Run>({ phase: 'idle' });
  const series = outcomes.find((o) => o.name === outcome);
  const start = linked.find(([code]) => code === agreement)?.[1];

  const estimate = async (chosen: Method = method) => {
    if (!outcome || !agreement) return;
    setRun({ phase: 'running' });
    try {
      const answer = await runAttribution(slug, {
        outcome,
        agreement,
        method: chosen,
        placebo,
        seed,
      });
      setRun(
        answer.kind === 'job'
          ? { phase: 'job', jobId: answer.jobId }
          : { phase: 'done', doc: answer.document },
      );
    } catch (caught) {
      setRun({ phase: 'error', message: problemMessage(caught, i18n) });
    }
  };

  return (
    <Flex vertical gap={16}>
      <Card>
        <Form layout="inline" style={{ rowGap: 12 }}>
          <Form.Item label={t('screen.evidence.outcome')}>
            <Select
              aria-label={t('screen.evidence.outcome')}
              style={{ minWidth: 180 }}
              value={outcome}
              onChange={setOutcome}
              options={outcomes.map((o) => ({ value: o.name, label: o.name }))}
            />
          </Form.Item>
          <Form.Item label={t('screen.evidence.agreement')}>
            <Select
              aria-label={t('screen.evidence.agreement')}
              style={{ minWidth: 220 }}
              value={agreement}
              onChange={setAgreement}
              options={linked.map(([code]) => ({
                value: code,
                label: `${data.titles.get(code) ?? code} (${code})`,
              }))}
            />
          </Form.Item>
          <Form.Item label={t('screen.evidence.method')}>
            <Radio.Group
              aria-label={t('screen.evidence.method')}
              value={method}
              optionType="button"
              onChange={(e) => {
                const chosen = e.target.value as Method;
                setMethod(chosen);
                if (run.phase === 'done') void estimate(chosen);
              }}
              options={METHODS.map((m) => ({ value: m, label: t(`screen.evidence.method.${m}`) }))}
            />
          </Form.Item>
          <Form.Item label={t('screen.evidence.placebo')}>
            <InputNumber
              aria-label={t('screen.evidence.placebo')}
              min={2}
              max={10000}
              precision={0}
              value={placebo}
              onChange={(v) => setPlacebo(v ?? 200)}
            />
          </Form.Item>
          <Form.Item label={t('screen.evidence.seed')}>
            <InputNumber
              aria-label={t('screen.evidence.seed')}
              min={0}
              max={4294967295}
              precision={0}
              value={seed}
              onChange={(v) => setSeed(v ?? 1)}
            />
          </Form.Item>
          <Form.Item>
            <Button
              type="primary"
              loading={run.phase === 'running'}
              disabled={!outcome || !agreement}
              onClick={() => void estimate()}
            >
              {t('screen.evidence.run')}
            </Button>
          </Form.Item>
        </Form>
        {linked.length === 0 ? (
          <Typography.Text type="secondary">{t('screen.evidence.noAgreement')}</Typography.Text>
        ) : series && start ? (
          <Typography.Text type="secondary">
            {t('screen.evidence.seriesInfo', {
              units: series.units,
              periods: series.periods,
              from: series.from,
              to: series.to,
              treated: units.filter((u) => u.agreement === agreement).length,
              start,
            })}
          </Typography.Text>
        ) : null}
      </Card>
      {run.phase === 'job' ? (
        <JobProgress
          slug={slug}
          jobId={run.jobId}
          onDone={(result) => setRun({ phase: 'done', doc: result as AttributionDocument })}
        />
      ) : null}
      {run.phase === 'error' ? (
        <Typography.Text type="danger" role="alert">
          {run.message}
        </Typography.Text>
      ) : null}
      {run.phase === 'done' ? <AttributionResultView doc={run.doc} /> : null}
    </Flex>
  );
}

export default function EvidencePage() {
  const { t } = useI18n();
  const { slug, workspace } = useCurrentWorkspace();
  const evidence = useLoad(() => loadEvidence(slug), [slug]);
  const [importing, setImporting] = useState(false);
  const [entering, setEntering] = useState(false);
  const outcomeNames = evidence.data?.outcomes.outcomes.map((o) => o.name) ?? [];
  const canWrite = workspace?.role === 'owner' || workspace?.role === 'editor';
  const agreements = evidence.data
    ? [...evidence.data.titles].map(([code, title]) => ({ code, title }))
    : [];
  const actions = (
    <Flex gap={8}>
      <Button href={`/api/workspaces/${slug}/exports/outcomes.csv`}>
        {t('screen.evidence.exportOutcomes')}
      </Button>
      {canWrite ? (
        <Button onClick={() => setEntering(true)}>{t('screen.evidence.enter')}</Button>
      ) : null}
      {canWrite ? (
        <Button type="primary" onClick={() => setImporting(true)}>
          {t('screen.evidence.import')}
        </Button>
      ) : null}
    </Flex>
  );
  return (
    <PageLayout
      title={t('nav.evidence')}
      description={t('screen.evidence.description')}
      actions={actions}
    >
      <Flex vertical gap={16}>
        {evidence.status === 'error' ? (
          <ErrorPanel error={evidence.error} onRetry={evidence.reload} />
        ) : evidence.data === undefined ? (
          <PageLoading />
        ) : evidence.data.outcomes.outcomes.length === 0 ? (
          <EmptyState
            title={t('screen.evidence.emptyTitle')}
            description={t('screen.evidence.emptyDescription')}
            steps={[t('screen.evidence.emptyStepImport'), t('screen.evidence.emptyStepLink')]}
          />
        ) : (
          <Attribution
            key={`attribution-${evidence.data.outcomes.outcomes.length}`}
            slug={slug}
            data={evidence.data}
          />
        )}
        <LearnedStandardCard
          key={`learn-${outcomeNames.length}`}
          slug={slug}
          canWrite={canWrite}
          outcomes={outcomeNames}
        />
      </Flex>
      {entering ? (
        <OutcomeEntryModal
          slug={slug}
          open
          outcomes={outcomeNames}
          onClose={() => setEntering(false)}
          onDone={(text) => {
            setEntering(false);
            void message.success(text);
            evidence.reload();
          }}
        />
      ) : null}
      <ImportOutcomesModal
        slug={slug}
        open={importing}
        agreements={agreements}
        onClose={() => setImporting(false)}
        onDone={(text) => {
          setImporting(false);
          void message.success(text);
          evidence.reload();
        }}
      />
    </PageLayout>
  );
}
