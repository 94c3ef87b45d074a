/** Replacing the portfolio with a spec file: a warning to confirm, then the server's verdict. */
import { Alert, App, Button, Checkbox, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { type FieldError, isApiError, problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';

export function SpecImport({
  slug,
  file,
  onBack,
  onDone,
}: {
  readonly slug: string;
  readonly file: File;
  readonly onBack: () => void;
  readonly onDone: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ text: string; issues: readonly FieldError[] }>();

  const replace = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const text = await file.text();
      const json = file.name.toLowerCase().endsWith('.json');
      const result = await unwrap(
        api.PUT('/api/workspaces/{slug}/spec', {
          params: { path: { slug } },
          body: text,
          bodySerializer: (body: string) => body,
          headers: { 'content-type': json ? 'application/json' : 'application/yaml' },
        }),
      );
      void message.success(
        t('screen.partners.import.specDone', {
          created: result.partners.created,
          updated: result.partners.updated,
          deleted: result.partners.deleted,
        }),
      );
      onDone();
    } catch (error) {
      setFailure({
        text:
          isApiError(error) && error.code === 'invalid_spec'
            ? t('screen.partners.import.specInvalid')
            : problemMessage(error, i18n),
        issues: isApiError(error) ? error.fieldErrors : [],
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Text>{t('screen.partners.import.file', { name: file.name })}</Typography.Text>
      <Alert type="warning" showIcon title={t('screen.partners.import.specWarning')} />
      <Checkbox checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)}>
        {t('screen.partners.import.specConfirm')}
      </Checkbox>
      {failure === undefined ? null : (
        <Flex vertical gap={8} role="alert">
          <Alert type="error" showIcon title={failure.text} />
          {failure.issues.length === 0 ? null : (
            <Table
              size="small"
              rowKey={(issue) => `${issue.path}:${issue.line ?? ''}:${issue.message}`}
              dataSource={[...failure.issues]}
              pagination={false}
              scroll={{ y: 240 }}
              aria-label={t('screen.partners.import.errorsLabel')}
              columns={[
                {
                  key: 'path',
                  title: t('screen.partners.import.path'),
                  width: 260,
                  render: (_: unknown, issue: FieldError) => (
                    <>
                      <Typography.Text code>{issue.path}</Typography.Text>
                      {issue.line === undefined ? null : (
                        <div>
                          {t('screen.partners.import.lineColumn', {
                            line: issue.line,
                            column: issue.column ?? 1,
                          })}
                        </div>
                      )}
                    </>
                  ),
                },
                {
                  key: 'message',
                  title: t('screen.partners.import.message'),
                  dataIndex: 'message',
                },
              ]}
            />
          )}
        </Flex>
      )}
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onBack}>{t('screen.partners.import.back')}</Button>
        <Button
          type="primary"
          danger
          disabled={!confirmed}
          loading={busy}
          onClick={() => void replace()}
        >
          {t('screen.partners.import.specAction')}
        </Button>
      </Flex>
    </Flex>
  );
}
