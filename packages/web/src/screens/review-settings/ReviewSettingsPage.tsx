/**
 * The workspace's review settings: how often partnerships are reviewed (with per-partner
 * cadences) and the rules that suggest a review's decision. Everyone may read them; only
 * an owner may change them.
 */
import { Alert, App, Button, Card, Flex, Form } from 'antd';
import { useEffect, useState } from 'react';
import { isApiError, problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import { fieldErrorMap } from '../../api/field-paths';
import { useLoad } from '../../app/use-load';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { ErrorSummary, FieldErrorsProvider } from '../../components/FieldErrors';
import { PageLayout } from '../../components/PageLayout';
import { PageLoading } from '../../components/PageLoading';
import { fetchPartnerSummaries } from '../../components/use-parties';
import { sayIssue } from '../../i18n/codes/say-issue';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentWorkspace } from '../../workspace/WorkspacesProvider';
import { CadenceFields } from './CadenceFields';
import { RulesEditor } from './RulesEditor';
import { type SettingsValues, toBody, toValues } from './settings-form';

const heading = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;

export default function ReviewSettingsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const { slug, workspace } = useCurrentWorkspace();
  const isOwner = workspace?.role === 'owner';
  const [form] = Form.useForm<SettingsValues>();
  const loaded = useLoad(
    () =>
      Promise.all([
        unwrap(api.GET('/api/workspaces/{slug}/review-settings', { params: { path: { slug } } })),
        fetchPartnerSummaries(slug),
      ]),
    [slug],
  );
  const [version, setVersion] = useState(0);
  const [errors, setErrors] = useState<ReadonlyMap<string, readonly string[]>>(new Map());
  const [busy, setBusy] = useState(false);
  const settings = loaded.status === 'done' ? loaded.data[0] : undefined;
  useEffect(() => {
    if (settings === undefined) return;
    form.setFieldsValue(toValues(settings));
    setVersion(settings.version);
  }, [form, settings]);

  const save = async () => {
    setBusy(true);
    try {
      const saved = await unwrap(
        api.PUT('/api/workspaces/{slug}/review-settings', {
          params: { path: { slug } },
          body: { ...toBody(form.getFieldsValue(true)), version },
        }),
      );
      form.setFieldsValue(toValues(saved));
      setVersion(saved.version);
      setErrors(new Map());
      void message.success(t('screen.reviewSettings.saved'));
    } catch (error) {
      setErrors(
        isApiError(error)
          ? fieldErrorMap(error.fieldErrors, undefined, (e) => sayIssue(i18n, e))
          : new Map(),
      );
      if (isApiError(error) && error.status === 409) loaded.reload();
      void message.error(problemMessage(error, i18n));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageLayout
      title={t('nav.reviewSettings')}
      description={t('screen.reviewSettings.description')}
    >
      {loaded.status === 'error' ? (
        <ErrorPanel error={loaded.error} onRetry={loaded.reload} />
      ) : loaded.data === undefined ? (
        <PageLoading />
      ) : (
        <FieldErrorsProvider errors={errors}>
          <Form<SettingsValues>
            form={form}
            layout="vertical"
            disabled={!isOwner}
            onFinish={() => void save()}
          >
            <Flex vertical gap={16}>
              {isOwner ? null : (
                <Alert type="info" showIcon title={t('screen.reviewSettings.ownerOnly')} />
              )}
              {version === 0 ? (
                <Alert type="info" showIcon title={t('screen.reviewSettings.defaults')} />
              ) : null}
              <ErrorSummary title={t('screen.reviewSettings.problems')} errors={errors} />
              <Card title={heading(t('screen.reviewSettings.cadenceTitle'))}>
                <CadenceFields partners={loaded.data[1]} />
              </Card>
              <Card title={heading(t('screen.reviewSettings.rulesTitle'))}>
                <RulesEditor />
              </Card>
              {isOwner ? (
                <Button
                  type="primary"
                  htmlType="submit"
                  loading={busy}
                  style={{ alignSelf: 'flex-start' }}
                >
                  {t('screen.reviewSettings.save')}
                </Button>
              ) : null}
            </Flex>
          </Form>
        </FieldErrorsProvider>
      )}
    </PageLayout>
  );
}
