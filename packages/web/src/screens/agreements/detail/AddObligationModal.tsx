/** Adds an obligation or a milestone: a title, its owner (a party), a due date, and for a milestone its payment term. */
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { isApiError, problemMessage } from '../../../api/api-error';
import { api, unwrap } from '../../../api/client';
import type { Agreement } from '../../../api/types';
import { sayIssue } from '../../../i18n/codes/say-issue';
import { useI18n } from '../../../i18n/I18nProvider';
import { documentOf, eventTargets } from '../document';

interface Values {
  readonly title: string;
  readonly kind: 'obligation' | 'milestone';
  readonly owner: string;
  readonly dueDate: string;
  readonly milestoneId?: string;
}

export function AddObligationModal({
  open,
  slug,
  agreement,
  partyName,
  onClose,
  onAdded,
}: {
  readonly open: boolean;
  readonly slug: string;
  readonly agreement: Agreement;
  readonly partyName: (party: string) => string;
  readonly onClose: () => void;
  readonly onAdded: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const doc = documentOf(agreement);
  const milestones = eventTargets(doc).milestones;
  const kind = Form.useWatch('kind', form);

  const submit = async (values: Values) => {
    setBusy(true);
    try {
      await unwrap(
        api.POST('/api/workspaces/{slug}/agreements/{id}/obligations', {
          params: { path: { slug, id: agreement.id } },
          body: {
            title: values.title.trim(),
            kind: values.kind,
            owner: values.owner,
            dueDate: values.dueDate,
            ...(values.kind === 'milestone' && values.milestoneId
              ? { milestoneId: values.milestoneId }
              : {}),
          },
        }),
      );
      void message.success(t('screen.agreements.obligations.added'));
      form.resetFields();
      onAdded();
    } catch (error) {
      if (isApiError(error)) {
        form.setFields(
          error.fieldErrors.map((e) => ({
            name: e.path as keyof Values,
            errors: [sayIssue(i18n, e)],
          })),
        );
      }
      void message.error(problemMessage(error, i18n));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('screen.agreements.obligations.add')}
      okText={t('screen.agreements.obligations.addSubmit')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'obligation', owner: doc.parties.find((p) => p !== 'us') }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="kind" label={t('screen.agreements.obligations.kind')}>
          <Radio.Group
            options={[
              { value: 'obligation', label: t('screen.agreements.obligations.kindObligation') },
              {
                value: 'milestone',
                label: t('screen.agreements.obligations.kindMilestone'),
                disabled: milestones.length === 0,
              },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('screen.agreements.obligations.title')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('screen.agreements.obligations.titleRequired'),
            },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="owner"
          label={t('screen.agreements.obligations.owner')}
          extra={t('screen.agreements.obligations.ownerHelp')}
          rules={[{ required: true, message: t('screen.agreements.obligations.ownerRequired') }]}
        >
          <Select options={doc.parties.map((p) => ({ value: p, label: partyName(p) }))} />
        </Form.Item>
        <Form.Item
          name="dueDate"
          label={t('screen.agreements.obligations.due')}
          rules={[{ required: true, message: t('screen.agreements.form.dateRequired') }]}
        >
          <Input type="date" />
        </Form.Item>
        {kind === 'milestone' ? (
          <Form.Item
            name="milestoneId"
            label={t('screen.agreements.obligations.milestoneTerm')}
            extra={t('screen.agreements.obligations.milestoneHelp')}
            rules={[
              { required: true, message: t('screen.agreements.obligations.milestoneRequired') },
            ]}
          >
            <Select
              options={milestones.map((m) => ({
                value: m.id,
                label: t('screen.agreements.obligations.milestoneOption', {
                  id: m.id,
                  payer: partyName(m.payer),
                  payee: partyName(m.payee),
                }),
              }))}
            />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
