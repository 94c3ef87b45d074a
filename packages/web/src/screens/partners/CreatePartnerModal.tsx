/** The "add a partner" dialog: id, name, kind, domains, offers, notes; server errors next to their fields. */
import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError, problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import { sayIssue } from '../../i18n/codes/say-issue';
import { useI18n } from '../../i18n/I18nProvider';
import { kindLabel } from './labels';
import { KINDS, type PartnerKind } from './lifecycle';

interface Values {
  readonly id: string;
  readonly name: string;
  readonly kind: PartnerKind;
  readonly domains?: string[];
  readonly offers?: string[];
  readonly notes?: string;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

export function CreatePartnerModal({
  slug,
  onClose,
  onCreated,
}: {
  readonly slug: string;
  readonly onClose: () => void;
  readonly onCreated: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const submit = async (values: Values) => {
    setBusy(true);
    setError(undefined);
    try {
      const partner = await unwrap(
        api.POST('/api/workspaces/{slug}/partners', {
          params: { path: { slug } },
          body: {
            id: values.id,
            name: values.name,
            kind: values.kind,
            domains: values.domains ?? [],
            offers: values.offers ?? [],
            notes: values.notes ?? '',
          },
        }),
      );
      void message.success(t('screen.partners.create.created', { name: partner.name }));
      onCreated();
      onClose();
      void navigate(`/w/${encodeURIComponent(slug)}/partners/${encodeURIComponent(partner.id)}`);
    } catch (caught) {
      if (isApiError(caught) && caught.fieldErrors.length > 0) {
        form.setFields(
          caught.fieldErrors
            .filter((e) => ['id', 'name', 'kind'].includes(e.path))
            .map((e) => ({ name: e.path as keyof Values, errors: [sayIssue(i18n, e)] })),
        );
      }
      setError(problemMessage(caught, i18n));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('screen.partners.create.title')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{ kind: 'academic' }}
      >
        <Form.Item
          name="name"
          label={t('screen.partners.profile.name')}
          rules={[
            { required: true, whitespace: true, message: t('screen.partners.create.nameRequired') },
          ]}
        >
          <Input autoFocus />
        </Form.Item>
        <Form.Item
          name="id"
          label={t('screen.partners.create.id')}
          extra={t('screen.partners.create.idHelp')}
          rules={[
            { required: true, pattern: ID_PATTERN, message: t('screen.partners.create.idInvalid') },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('screen.partners.profile.kind')}>
          <Select options={KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))} />
        </Form.Item>
        <Form.Item
          name="domains"
          label={t('screen.partners.profile.domains')}
          extra={t('screen.partners.tagsHelp')}
        >
          <Select mode="tags" open={false} suffixIcon={null} />
        </Form.Item>
        <Form.Item name="offers" label={t('screen.partners.profile.offers')}>
          <Select mode="tags" open={false} suffixIcon={null} />
        </Form.Item>
        <Form.Item name="notes" label={t('screen.partners.profile.notes')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        {error === undefined ? null : (
          <Typography.Text type="danger" role="alert">
            {error}
          </Typography.Text>
        )}
      </Form>
    </Modal>
  );
}
