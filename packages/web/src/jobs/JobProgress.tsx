/**
 * A long calculation's progress (a job the server answered 202 for): a bar, a status line
 * that screen readers hear (`aria-live`), and a Cancel button. Calls `onDone` with the
 * result (the CLI's --json document) once, when the job finishes.
 *
 *   <JobProgress slug={slug} jobId={accepted.id} onDone={(result) => setResult(result)} />
 */
import { Alert, Button, Flex, Progress, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { jobFailureMessage, problemMessage } from '../api/api-error';
import { api, unwrap } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { isFinished, type JobView } from './job-events';
import { useJobEvents } from './use-job-events';

export interface JobProgressProps {
  readonly slug: string;
  readonly jobId: string;
  readonly onDone?: (result: unknown) => void;
  /** When it ends in any way (done, failed, cancelled). */
  readonly onFinished?: (view: JobView) => void;
}

export function JobProgress({ slug, jobId, onDone, onFinished }: JobProgressProps) {
  const i18n = useI18n();
  const { t, formatPercent } = i18n;
  const view = useJobEvents(slug, jobId);
  const [cancelling, setCancelling] = useState(false);
  const [cancelError, setCancelError] = useState<unknown>(undefined);
  const reported = useRef(false);
  const finished = isFinished(view.state);

  useEffect(() => {
    if (!finished || reported.current) return;
    reported.current = true;
    if (view.state === 'done') onDone?.(view.result);
    onFinished?.(view);
  }, [finished, view, onDone, onFinished]);

  const cancel = async () => {
    setCancelling(true);
    setCancelError(undefined);
    try {
      await unwrap(
        api.POST('/api/workspaces/{slug}/jobs/{id}/cancel', {
          params: { path: { slug, id: jobId } },
        }),
      );
    } catch (error) {
      setCancelError(error);
      setCancelling(false);
    }
  };

  const status = (() => {
    switch (view.state) {
      case 'queued':
        return t('job.queued');
      case 'running':
        return cancelling
          ? t('job.cancelling')
          : t('job.running', { percent: formatPercent(view.progress, 0) });
      case 'done':
        return t('job.done');
      case 'failed':
        return t('job.failed', {
          message: view.failure === undefined ? '' : jobFailureMessage(view.failure, i18n),
        });
      case 'cancelled':
        return t('job.cancelled');
    }
  })();

  return (
    <Flex vertical gap={8}>
      <Flex align="center" gap={12}>
        <Progress
          aria-label={t('job.label')}
          percent={Math.round(view.progress * 100)}
          status={
            view.state === 'failed' ? 'exception' : view.state === 'done' ? 'success' : 'active'
          }
          style={{ flex: 1, margin: 0 }}
        />
        {finished ? null : (
          <Button onClick={() => void cancel()} loading={cancelling} disabled={cancelling}>
            {t('job.cancel')}
          </Button>
        )}
      </Flex>
      <Typography.Text type={view.state === 'failed' ? 'danger' : 'secondary'} aria-live="polite">
        {view.reconnecting ? t('job.reconnecting') : status}
      </Typography.Text>
      {cancelError === undefined ? null : (
        <Alert type="error" showIcon title={problemMessage(cancelError, i18n)} />
      )}
    </Flex>
  );
}
