/**
 * Records one event on the agreement's ledger: revenue on a source, a cost in a pool (and
 * who paid it), usage of a pool by a party, or a milestone reached. A correction is the
 * same form prefilled with the opposite amount, naming the event it corrects, with a note.
 */
import { Alert, App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import { isApiError, problemMessage } from '../../../api/api-error';
import { api, unwrap } from '../../../api/client';
import type { Agreement, LedgerEntry } from '../../../api/types';
import { sayIssue } from '../../../i18n/codes/say-issue';
import { useI18n } from '../../../i18n/I18nProvider';
import { documentOf, eventTargets } from '../document';
import { eventKindLabel } from '../labels';
import { EVENT_KINDS, type EventValues, eventBody } from '../ledger-event';
import { EventFields } from './EventFields';

/** The server names a milestone `id`; the form calls it `milestone`. */
const fieldOf = (path: string) => (path === 'id' ? 'milestone' : path);

export function RecordEventModal({
  slug,
  agreement,
  partyName,
  initial,
  correcting,
  onClose,
  onRecorded,
}: {
  readonly slug: string;
  readonly agreement: Agreement;
  readonly partyName: (party: string) => string;
  readonly initial: EventValues;
  readonly correcting?: LedgerEntry | undefined;
  readonly onClose: () => void;
  readonly onRecorded: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<EventValues>();
  const [busy, setBusy] = useState(false);
  const doc = documentOf(agreement);
  const targets = eventTargets(doc);
  const kind = Form.useWatch('kind', form) ?? initial.kind;
  const parties = doc.parties.map((p) => ({ value: p, label: partyName(p) }));
  const disabled = {
    revenue: targets.sources.length === 0,
    cost: targets.pools.length === 0,
    usage: targets.pools.length === 0,
    milestone: targets.milestones.length === 0,
  };

  const submit = async (values: EventValues) => {
    setBusy(true);
    try {
      await unwrap(
        api.POST('/api/workspaces/{slug}/agreements/{id}/ledger', {
          params: { path: { slug, id: agreement.id } },
          body: eventBody(values),
        }),
      );
      void message.success(t('screen.agreements.ledger.recorded'));
      onRecorded();
    } catch (error) {
      if (isApiError(error)) {
        form.setFields(
          error.fieldErrors.map((e) => ({
            name: fieldOf(e.path) as keyof EventValues,
            errors: [sayIssue(i18n, e)],
          })),
        );
      }
      void message.error(problemMessage(error, i18n));
    } finally {
      setBusy(false);
    }
  };

  const required = (text: string) => [{ required: true, message: text }];
  return (
    <Modal
      open
      title={
        correcting === undefined
          ? t('screen.agreements.ledger.record')
          : t('screen.agreements.ledger.correctTitle', { seq: correcting.seq })
      }
      okText={t('screen.agreements.ledger.recordSubmit')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {correcting === undefined ? null : (
        <Alert
          type="info"
          showIcon
          title={t('screen.agreements.ledger.correctHelp')}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form<EventValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => void submit(v)}
      >
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="kind" label={t('screen.agreements.ledger.kind')}>
              <Select
                disabled={correcting !== undefined}
                options={EVENT_KINDS.map((k) => ({
                  value: k,
                  label: eventKindLabel(t, k),
                  disabled: disabled[k],
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="date"
              label={t('screen.agreements.ledger.date')}
              rules={required(t('screen.agreements.form.dateRequired'))}
            >
              <Input type="date" />
            </Form.Item>
          </Col>
        </Row>
        <EventFields kind={kind} targets={targets} parties={parties} />
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="ref"
              label={t('screen.agreements.ledger.ref')}
              extra={t('screen.agreements.ledger.refHelp')}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="corrects" label={t('screen.agreements.ledger.corrects')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="note"
          label={t('screen.agreements.ledger.note')}
          rules={
            correcting === undefined
              ? []
              : [
                  {
                    required: true,
                    whitespace: true,
                    message: t('screen.agreements.ledger.noteRequired'),
                  },
                ]
          }
        >
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
