/** Creating a workspace (`POST /api/workspaces`): a name, and a short name for links derived from it. */
import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { isApiError, problemMessage } from '../api/api-error';
import type { WorkspaceSummary } from '../api/types';
import { sayIssue } from '../i18n/codes/say-issue';
import { useI18n } from '../i18n/I18nProvider';
import { useWorkspaces } from '../workspace/WorkspacesProvider';

interface Values {
  readonly name: string;
  readonly slug: string;
}

const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** `AI Partnerships 2026` → `ai-partnerships-2026` (non-Latin names give no suggestion). */
export const suggestSlug = (name: string): string =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);

export function CreateWorkspaceModal({
  open,
  onClose,
  onCreated,
}: {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onCreated: (workspace: WorkspaceSummary) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const { create } = useWorkspaces();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [slugTouched, setSlugTouched] = useState(false);

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      const created = await create(values.slug, values.name.trim());
      void message.success(t('workspace.created', { name: created.name }));
      form.resetFields();
      setSlugTouched(false);
      onCreated(created);
    } catch (error) {
      const fields = isApiError(error) ? error.fieldErrors : [];
      const known = fields.filter((f) => f.path === 'slug' || f.path === 'name');
      form.setFields(
        known.length > 0
          ? known.map((f) => ({ name: f.path as keyof Values, errors: [sayIssue(i18n, f)] }))
          : [{ name: 'slug', errors: [problemMessage(error, i18n)] }],
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('workspace.createTitle')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="create-workspace"
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.name !== undefined && !slugTouched) {
            form.setFieldValue('slug', suggestSlug(changed.name));
          }
          if (changed.slug !== undefined) setSlugTouched(true);
        }}
      >
        <Form.Item
          name="name"
          label={t('workspace.name')}
          extra={t('workspace.nameHelp')}
          rules={[{ required: true, whitespace: true, message: t('workspace.nameRequired') }]}
        >
          <Input autoFocus maxLength={200} />
        </Form.Item>
        <Form.Item
          name="slug"
          label={t('workspace.slug')}
          extra={t('workspace.slugHelp')}
          rules={[{ required: true, pattern: SLUG, message: t('workspace.slugInvalid') }]}
        >
          <Input maxLength={63} autoComplete="off" spellCheck={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
