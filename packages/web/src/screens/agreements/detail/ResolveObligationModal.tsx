/**
 * Records an obligation's outcome: kept, broken, waived or disputed, with evidence (needed
 * for all but keeping an open obligation) and the day it happened (trust counts from it).
 */
import { Alert, App, Form, Input, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { isApiError, problemMessage } from '../../../api/api-error';
import { api, unwrap } from '../../../api/client';
import type { Obligation, ObligationState } from '../../../api/types';
import { todayUtc } from '../../../app/periods';
import { sayIssue } from '../../../i18n/codes/say-issue';
import { useI18n } from '../../../i18n/I18nProvider';
import { stateLabel } from '../labels';
import { needsEvidence, nextStates } from './obligation-moves';

interface Values {
  readonly state: ObligationState;
  readonly evidence?: string;
  readonly resolvedAt?: string;
}

export function ResolveObligationModal({
  slug,
  obligation,
  partyName,
  onClose,
  onDone,
}: {
  readonly slug: string;
  readonly obligation: Obligation;
  readonly partyName: (party: string) => string;
  readonly onClose: () => void;
  readonly onDone: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState(false);
  const moves = nextStates(obligation.state);
  const state = Form.useWatch('state', form) ?? moves[0];
  const evidenceNeeded = state !== undefined && needsEvidence(obligation.state, state);

  const submit = async (values: Values) => {
    setBusy(true);
    try {
      await unwrap(
        api.PATCH('/api/workspaces/{slug}/obligations/{id}', {
          params: { path: { slug, id: obligation.id } },
          body: {
            state: values.state,
            ...(values.evidence?.trim() ? { evidence: values.evidence.trim() } : {}),
            ...(values.state !== 'disputed' && values.resolvedAt
              ? { resolvedAt: values.resolvedAt }
              : {}),
            version: obligation.version,
          },
        }),
      );
      void message.success(
        t('screen.agreements.obligations.recorded', { state: stateLabel(t, values.state) }),
      );
      onDone();
    } catch (error) {
      if (isApiError(error) && error.status === 409) setConflict(true);
      if (isApiError(error)) {
        form.setFields(
          error.fieldErrors
            .filter((e) => e.path === 'evidence' || e.path === 'state' || e.path === 'resolvedAt')
            .map((e) => ({ name: e.path as keyof Values, errors: [sayIssue(i18n, e)] })),
        );
      }
      void message.error(problemMessage(error, i18n));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('screen.agreements.obligations.recordTitle', { title: obligation.title })}
      okText={t('screen.agreements.obligations.recordSubmit')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('screen.agreements.obligations.recordHelp', {
          owner: partyName(obligation.owner),
          state: stateLabel(t, obligation.state),
        })}
      </Typography.Paragraph>
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('screen.agreements.conflict')}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ state: moves[0], resolvedAt: todayUtc() }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="state" label={t('screen.agreements.obligations.outcome')}>
          <Radio.Group options={moves.map((s) => ({ value: s, label: stateLabel(t, s) }))} />
        </Form.Item>
        <Form.Item
          name="evidence"
          label={t('screen.agreements.obligations.evidence')}
          extra={t('screen.agreements.obligations.evidenceHelp')}
          rules={
            evidenceNeeded
              ? [
                  {
                    required: true,
                    whitespace: true,
                    message: t('screen.agreements.obligations.evidenceRequired'),
                  },
                ]
              : []
          }
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        {state === 'disputed' ? null : (
          <Form.Item
            name="resolvedAt"
            label={t('screen.agreements.obligations.resolvedAt')}
            extra={t('screen.agreements.obligations.resolvedAtHelp')}
          >
            <Input type="date" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
