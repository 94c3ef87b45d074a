/** What went wrong, in words, and a way out: `onRetry` when the caller can try again, else a reload. */
import { Button, Result, Typography } from 'antd';
import { isApiError, problemMessage } from '../api/api-error';
import { useI18n } from '../i18n/I18nProvider';

export default function ErrorPanel({
  error,
  onRetry,
}: {
  readonly error: unknown;
  readonly onRetry?: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  // A programming error's message helps a bug report; an API error is already explained.
  const detail = error instanceof Error && !isApiError(error) ? error.message : undefined;
  const message = problemMessage(error, i18n);
  return (
    <Result
      status="error"
      title={<span role="alert">{t('error.title')}</span>}
      subTitle={message === t('error.title') ? t('error.description') : message}
      extra={
        onRetry === undefined ? (
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('common.reload')}
          </Button>
        ) : (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    >
      {detail === undefined ? null : (
        <details>
          <summary>{t('common.details')}</summary>
          <Typography.Text code>{detail}</Typography.Text>
        </details>
      )}
    </Result>
  );
}
