/** Edits one exit step: owner, due date, evidence, done (which needs an owner and evidence) and when. */
import { App, Form, Input, Modal, Switch } from 'antd';
import { useState } from 'react';
import { isApiError, problemMessage } from '../../../api/api-error';
import { api, unwrap } from '../../../api/client';
import type { ExitPlan } from '../../../api/types';
import { todayUtc } from '../../../app/periods';
import { sayIssue } from '../../../i18n/codes/say-issue';
import { sayMessage } from '../../../i18n/codes/say-message';
import { useI18n } from '../../../i18n/I18nProvider';

type Step = ExitPlan['steps'][number];
interface Values {
  readonly owner?: string;
  readonly dueDate?: string;
  readonly evidence?: string;
  readonly done?: boolean;
  readonly doneAt?: string;
}

export function ExitStepModal({
  slug,
  partnerKey,
  plan,
  step,
  onClose,
  onSaved,
}: {
  readonly slug: string;
  readonly partnerKey: string;
  readonly plan: ExitPlan;
  readonly step: Step;
  readonly onClose: () => void;
  readonly onSaved: (plan: ExitPlan) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const done = Form.useWatch('done', form) ?? step.done;
  const text = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

  const save = async (values: Values) => {
    setBusy(true);
    try {
      const body = {
        owner: text(values.owner),
        dueDate: text(values.dueDate),
        evidence: text(values.evidence),
        done: values.done === true,
        doneAt: values.done === true ? text(values.doneAt) : undefined,
        version: plan.version,
      };
      const next = await unwrap(
        api.PATCH('/api/workspaces/{slug}/partners/{key}/exit-plan/steps/{step}', {
          params: { path: { slug, key: partnerKey, step: step.key } },
          body: Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)),
        }),
      );
      void message.success(t('screen.partners.exit.saved'));
      onSaved(next);
    } catch (error) {
      if (isApiError(error)) {
        form.setFields(
          error.fieldErrors
            .filter((e) => ['owner', 'dueDate', 'evidence', 'done', 'doneAt'].includes(e.path))
            .map((e) => ({ name: e.path as keyof Values, errors: [sayIssue(i18n, e)] })),
        );
      }
      void message.error(problemMessage(error, i18n));
    } finally {
      setBusy(false);
    }
  };

  const needed = done
    ? [{ required: true, whitespace: true, message: t('screen.partners.exit.neededForDone') }]
    : [];
  return (
    <Modal
      open
      title={sayMessage(i18n, step.titleMessage, step.title)}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          owner: step.owner,
          dueDate: step.dueDate,
          evidence: step.evidence,
          done: step.done,
          doneAt: step.doneAt ?? todayUtc(),
        }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item name="owner" label={t('screen.partners.exit.owner')} rules={needed}>
          <Input />
        </Form.Item>
        <Form.Item name="dueDate" label={t('screen.partners.exit.dueDate')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="evidence"
          label={t('screen.partners.exit.evidence')}
          extra={t('screen.partners.exit.evidenceHelp')}
          rules={needed}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="done" label={t('screen.partners.exit.markDone')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {done ? (
          <Form.Item name="doneAt" label={t('screen.partners.exit.doneAt')}>
            <Input type="date" />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
