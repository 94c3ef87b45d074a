/**
 * A new agreement: the form builds the agreement document (agreement-document.ts) and the
 * server validates it whole; its problems come back with field paths and are shown next to
 * their fields and in a summary at the top. Created, the agreement's page opens.
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError, problemMessage } from '../../../api/api-error';
import { api, unwrap } from '../../../api/client';
import { fieldErrorMap } from '../../../api/field-paths';
import { agreementPath, agreementsPath } from '../../../app/record-paths';
import { ErrorSummary, FieldErrorsProvider } from '../../../components/FieldErrors';
import { LinkButton } from '../../../components/LinkButton';
import { PageLayout } from '../../../components/PageLayout';
import { usePartners, usePartyName } from '../../../components/use-parties';
import { sayIssue } from '../../../i18n/codes/say-issue';
import { useI18n } from '../../../i18n/I18nProvider';
import { useCurrentWorkspace } from '../../../workspace/WorkspacesProvider';
import { agreementDocument } from './agreement-document';
import { type AgreementFormValues, initialValues, partiesOf, SECTIONS } from './agreement-values';
import { BasicsFields } from './BasicsFields';
import { ExitFields } from './ExitFields';
import { IpFields } from './IpFields';
import { MarketFields } from './MarketFields';
import { ResourcesFields } from './ResourcesFields';
import { TermsEditor } from './TermsEditor';

const heading = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;

export function NewAgreement() {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { slug } = useCurrentWorkspace();
  const [form] = Form.useForm<AgreementFormValues>();
  const { partners, byKey } = usePartners(slug);
  const partyName = usePartyName(byKey);
  const [errors, setErrors] = useState<ReadonlyMap<string, readonly string[]>>(new Map());
  const [busy, setBusy] = useState(false);
  const type = Form.useWatch('type', form) ?? 'joint-rnd';
  const chosen = Form.useWatch('partners', form);
  const parties = useMemo(() => partiesOf({ partners: chosen ?? [] }), [chosen]);
  const sections = SECTIONS[type];

  const submit = async (values: AgreementFormValues) => {
    setBusy(true);
    try {
      const created = await unwrap(
        api.POST('/api/workspaces/{slug}/agreements', {
          params: { path: { slug } },
          // Every value, also those without a field of their own (each term's kind).
          body: {
            document: agreementDocument({ ...form.getFieldsValue(true), type: values.type }),
          },
        }),
      );
      setErrors(new Map());
      void message.success(t('screen.agreements.form.created', { code: created.code }));
      void navigate(agreementPath(slug, created));
    } catch (error) {
      setErrors(
        isApiError(error)
          ? fieldErrorMap(error.fieldErrors, 'document', (e) => sayIssue(i18n, e))
          : new Map(),
      );
      void message.error(problemMessage(error, i18n));
    } finally {
      setBusy(false);
    }
  };

  const back = (
    <LinkButton to={agreementsPath(slug)} icon={<ArrowLeftOutlined aria-hidden />}>
      {t('screen.agreements.back')}
    </LinkButton>
  );

  return (
    <PageLayout
      title={t('screen.agreements.form.heading')}
      description={t('screen.agreements.form.description')}
      actions={back}
    >
      <FieldErrorsProvider errors={errors}>
        <Form<AgreementFormValues>
          form={form}
          layout="vertical"
          initialValues={initialValues()}
          onFinish={(values) => void submit(values)}
          scrollToFirstError
        >
          <Flex vertical gap={16}>
            <ErrorSummary title={t('screen.agreements.form.problems')} errors={errors} />
            <Card title={heading(t('screen.agreements.form.basics'))}>
              <BasicsFields type={type} partners={partners} />
            </Card>
            {sections.ip ? (
              <Card title={heading(t('screen.agreements.form.ip'))}>
                <IpFields parties={parties} partyName={partyName} />
              </Card>
            ) : null}
            {sections.resources ? (
              <Card title={heading(t('screen.agreements.form.resources'))}>
                <ResourcesFields parties={parties} partyName={partyName} />
              </Card>
            ) : null}
            {sections.market ? (
              <Card title={heading(t('screen.agreements.form.market'))}>
                <MarketFields />
              </Card>
            ) : null}
            <Card title={heading(t('screen.agreements.form.terms'))}>
              <TermsEditor parties={parties} partyName={partyName} />
            </Card>
            <Card title={heading(t('screen.agreements.form.exit'))}>
              <ExitFields />
            </Card>
            <Flex gap={8}>
              <Button type="primary" htmlType="submit" loading={busy}>
                {t('screen.agreements.form.submit')}
              </Button>
              {back}
            </Flex>
          </Flex>
        </Form>
      </FieldErrorsProvider>
    </PageLayout>
  );
}
