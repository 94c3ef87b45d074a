/**
 * Add or edit a risk: id, title, kind, linked partners and agreements, likelihood, the
 * loss (a number or a distribution), loadings on shared factors, owner, mitigation,
 * review date. The server checks it; its errors are said in the reader's language next to
 * their fields and listed at the top.
 */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { isApiError, problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import { fieldErrorMap } from '../../api/field-paths';
import { ErrorSummary, FieldErrorsProvider } from '../../components/FieldErrors';
import { FormField } from '../../components/FormField';
import { RISK_KINDS, riskKindLabel } from '../../components/risks/risk-labels';
import type { Risk } from '../../components/risks/risk-view';
import { sayIssue } from '../../i18n/codes/say-issue';
import { useI18n } from '../../i18n/I18nProvider';
import {
  EMPTY_VALUES,
  formPathOf,
  IMPACT_FORMS,
  type ImpactForm,
  type RiskValues,
  toBody,
  toValues,
} from './risk-form';

export function RiskFormModal({
  slug,
  risk,
  partners,
  agreements,
  onClose,
  onSaved,
}: {
  readonly slug: string;
  /** The risk to edit; undefined adds a new one. */
  readonly risk: Risk | undefined;
  readonly partners: readonly { readonly id: string; readonly name: string }[];
  readonly agreements: readonly { readonly code: string; readonly title: string }[];
  readonly onClose: () => void;
  readonly onSaved: (risk: Risk) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<RiskValues>();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<ReadonlyMap<string, readonly string[]>>(new Map());
  const [problem, setProblem] = useState<string | undefined>();
  const initial = useMemo(() => (risk === undefined ? EMPTY_VALUES : toValues(risk)), [risk]);
  const impactForm = Form.useWatch('impactForm', form) ?? initial.impactForm;

  const submit = async () => {
    setBusy(true);
    setProblem(undefined);
    const body = toBody(form.getFieldsValue(true) as RiskValues);
    try {
      const saved =
        risk === undefined
          ? await unwrap(
              api.POST('/api/workspaces/{slug}/risks', { params: { path: { slug } }, body }),
            )
          : await unwrap(
              api.PUT('/api/workspaces/{slug}/risks/{key}', {
                params: { path: { slug, key: risk.id } },
                body: { ...body, version: risk.version },
              }),
            );
      setErrors(new Map());
      void message.success(
        t(risk === undefined ? 'screen.risks.created' : 'screen.risks.saved', { id: saved.id }),
      );
      onSaved(saved);
    } catch (error) {
      const fields = isApiError(error)
        ? error.fieldErrors.map((e) => ({ ...e, path: formPathOf(e.path) }))
        : [];
      setErrors(fieldErrorMap(fields, undefined, (e) => sayIssue(i18n, e)));
      setProblem(fields.length === 0 ? problemMessage(error, i18n) : undefined);
    } finally {
      setBusy(false);
    }
  };

  const changeForm = (next: ImpactForm) => {
    form.setFieldValue(
      'impact',
      IMPACT_FORMS[next].map(() => null),
    );
  };

  return (
    <Modal
      open
      width={720}
      title={
        risk === undefined
          ? t('screen.risks.form.titleNew')
          : t('screen.risks.form.titleEdit', { id: risk.id })
      }
      okText={risk === undefined ? t('common.create') : t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FieldErrorsProvider errors={errors}>
        <Flex vertical gap={12}>
          <ErrorSummary title={t('screen.risks.form.problems')} errors={errors} />
          {problem === undefined ? null : (
            <Typography.Text type="danger" role="alert">
              {problem}
            </Typography.Text>
          )}
          <Form<RiskValues>
            form={form}
            layout="vertical"
            initialValues={initial}
            onFinish={() => void submit()}
            data-testid="risk-form"
          >
            <Flex gap={12} wrap>
              <FormField
                at={['id']}
                name="id"
                label={t('screen.risks.form.id')}
                extra={t('screen.risks.form.idHelp')}
                style={{ flex: '1 1 200px' }}
              >
                <Input disabled={risk !== undefined} autoFocus={risk === undefined} />
              </FormField>
              <FormField
                at={['category']}
                name="category"
                label={t('screen.risks.form.kind')}
                style={{ flex: '1 1 200px' }}
              >
                <Select
                  options={RISK_KINDS.map((k) => ({ value: k, label: riskKindLabel(t, k) }))}
                />
              </FormField>
            </Flex>
            <FormField at={['title']} name="title" label={t('screen.risks.form.title')}>
              <Input />
            </FormField>
            <FormField
              at={['partners']}
              name="partners"
              label={t('screen.risks.form.partners')}
              extra={t('screen.risks.form.linksHelp')}
            >
              <Select
                mode="multiple"
                optionFilterProp="label"
                options={partners.map((p) => ({ value: p.id, label: p.name }))}
              />
            </FormField>
            <FormField
              at={['agreements']}
              name="agreements"
              label={t('screen.risks.form.agreements')}
            >
              <Select
                mode="multiple"
                optionFilterProp="label"
                options={agreements.map((a) => ({
                  value: a.code,
                  label: `${a.title} (${a.code})`,
                }))}
              />
            </FormField>
            <FormField
              at={['likelihood']}
              name="likelihood"
              label={t('screen.risks.form.likelihood')}
              extra={t('screen.risks.form.likelihoodHelp')}
            >
              <InputNumber step={0.05} style={{ width: 200 }} />
            </FormField>
            <FormField
              at={['impact']}
              name="impactForm"
              label={t('screen.risks.form.impactForm')}
              extra={t('screen.risks.form.impactHelp')}
            >
              <Select
                style={{ width: 240 }}
                onChange={changeForm}
                options={Object.keys(IMPACT_FORMS).map((f) => ({
                  value: f,
                  label: t(`screen.partners.form.${f as ImpactForm}`),
                }))}
              />
            </FormField>
            <Flex gap={12} wrap>
              {IMPACT_FORMS[impactForm].map((parameter, i) => (
                <Form.Item
                  key={`${impactForm}-${parameter}`}
                  name={['impact', i]}
                  label={t(`screen.partners.param.${parameter}`)}
                >
                  <InputNumber style={{ width: 160 }} />
                </Form.Item>
              ))}
            </Flex>
            <FormField
              at={['factors']}
              label={t('screen.risks.form.factors')}
              extra={t('screen.risks.form.factorsHelp')}
            >
              <Form.List name="factors">
                {(fields, { add, remove }) => (
                  <Flex vertical gap={4}>
                    {fields.map((field) => (
                      <Flex key={field.key} gap={8} align="baseline">
                        <Form.Item name={[field.name, 'name']} noStyle>
                          <Input
                            aria-label={t('screen.risks.form.factorName')}
                            placeholder={t('screen.risks.form.factorName')}
                            style={{ width: 200 }}
                          />
                        </Form.Item>
                        <Form.Item name={[field.name, 'loading']} noStyle>
                          <InputNumber
                            aria-label={t('screen.risks.form.factorLoading')}
                            placeholder={t('screen.risks.form.factorLoading')}
                            step={0.1}
                            style={{ width: 140 }}
                          />
                        </Form.Item>
                        <Button
                          type="text"
                          aria-label={t('screen.risks.form.removeFactor')}
                          icon={<MinusCircleOutlined aria-hidden />}
                          onClick={() => remove(field.name)}
                        />
                      </Flex>
                    ))}
                    <Button
                      type="dashed"
                      icon={<PlusOutlined aria-hidden />}
                      onClick={() => add({ name: '', loading: null })}
                      style={{ alignSelf: 'flex-start' }}
                    >
                      {t('screen.risks.form.addFactor')}
                    </Button>
                  </Flex>
                )}
              </Form.List>
            </FormField>
            <Flex gap={12} wrap>
              <FormField
                at={['owner']}
                name="owner"
                label={t('screen.risks.form.owner')}
                style={{ flex: '1 1 200px' }}
              >
                <Input />
              </FormField>
              <FormField
                at={['reviewDate']}
                name="reviewDate"
                label={t('screen.risks.form.reviewDate')}
                style={{ flex: '1 1 200px' }}
              >
                <Input type="date" />
              </FormField>
            </Flex>
            <FormField
              at={['mitigation']}
              name="mitigation"
              label={t('screen.risks.form.mitigation')}
            >
              <Input.TextArea rows={3} />
            </FormField>
          </Form>
        </Flex>
      </FieldErrorsProvider>
    </Modal>
  );
}
