/** Where an engine run stands: waiting for the answer, a job's progress (with Cancel), or what failed. */
import { Alert, Flex, Spin, Typography } from 'antd';
import { problemMessage } from '../../api/api-error';
import { useI18n } from '../../i18n/I18nProvider';
import { JobProgress } from '../../jobs/JobProgress';
import type { EngineRunControl } from './use-engine-run';

export function RunStatus<D>({
  slug,
  control,
}: {
  readonly slug: string;
  readonly control: EngineRunControl<D>;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { run } = control;
  switch (run.phase) {
    case 'running':
      return (
        <Flex gap={8} align="center" role="status">
          <Spin size="small" />
          <Typography.Text type="secondary">{t('screen.portfolio.running')}</Typography.Text>
        </Flex>
      );
    case 'job':
      return (
        <JobProgress
          key={run.jobId}
          slug={slug}
          jobId={run.jobId}
          onDone={control.jobDone}
          onFinished={control.jobFinished}
        />
      );
    case 'error':
      return <Alert type="error" showIcon role="alert" title={problemMessage(run.error, i18n)} />;
    case 'stopped':
      return (
        <Alert
          type={run.view.state === 'cancelled' ? 'info' : 'error'}
          showIcon
          title={
            run.view.state === 'cancelled'
              ? t('screen.portfolio.jobCancelled')
              : t('screen.portfolio.jobFailed', { message: run.view.failure?.message ?? '' })
          }
        />
      );
    default:
      return null;
  }
}
