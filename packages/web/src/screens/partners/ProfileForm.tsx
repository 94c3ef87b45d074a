/**
 * The profile (name, kind, domains, offers, contacts, notes), saved with the version it
 * was read at. When someone else saved first, the server's current record replaces the
 * form and the person is told to make the change again.
 */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Input, Select, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { isApiError, problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { kindLabel } from './labels';
import { KINDS } from './lifecycle';
import { isPartnerView, type PartnerView as Partner } from './views';

type Values = Pick<Partner, 'name' | 'kind' | 'domains' | 'offers' | 'contacts' | 'notes'>;

const valuesOf = (p: Partner): Values => ({
  name: p.name,
  kind: p.kind,
  domains: p.domains,
  offers: p.offers,
  contacts: p.contacts,
  notes: p.notes,
});

/** Drops empty optional contact fields (the API wants them absent, not blank). */
const cleanContacts = (contacts: Values['contacts']) =>
  contacts
    .filter((c) => c.name.trim() !== '')
    .map((c) => ({
      name: c.name.trim(),
      ...(c.email?.trim() ? { email: c.email.trim() } : {}),
      ...(c.phone?.trim() ? { phone: c.phone.trim() } : {}),
      ...(c.role?.trim() ? { role: c.role.trim() } : {}),
    }));

export function ProfileForm({
  slug,
  partner,
  canWrite,
  onSaved,
}: {
  readonly slug: string;
  readonly partner: Partner;
  readonly canWrite: boolean;
  readonly onSaved: (partner: Partner) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState(false);

  useEffect(() => {
    form.setFieldsValue(valuesOf(partner));
  }, [form, partner]);

  const save = async (values: Values) => {
    setBusy(true);
    setConflict(false);
    try {
      const next = await unwrap(
        api.PATCH('/api/workspaces/{slug}/partners/{id}', {
          params: { path: { slug, id: partner.id } },
          body: {
            name: values.name.trim(),
            kind: values.kind,
            domains: values.domains ?? [],
            offers: values.offers ?? [],
            contacts: cleanContacts(values.contacts ?? []),
            notes: values.notes ?? '',
            version: partner.version,
          },
        }),
      );
      void message.success(t('screen.partners.profile.saved'));
      onSaved(next);
    } catch (error) {
      if (isApiError(error) && error.status === 409 && isPartnerView(error.problem?.current)) {
        setConflict(true);
        onSaved(error.problem.current);
        return;
      }
      void message.error(problemMessage(error, i18n));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      disabled={!canWrite}
      initialValues={valuesOf(partner)}
      onFinish={(values) => void save(values)}
      style={{ maxWidth: 720 }}
    >
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('screen.partners.conflict')}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Form.Item
        name="name"
        label={t('screen.partners.profile.name')}
        rules={[
          { required: true, whitespace: true, message: t('screen.partners.create.nameRequired') },
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
      <Form.Item label={t('screen.partners.profile.contacts')}>
        <Form.List name="contacts">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} wrap align="baseline">
                  <Form.Item name={[field.name, 'name']} noStyle>
                    <Input
                      aria-label={t('screen.partners.profile.contactName')}
                      placeholder={t('screen.partners.profile.contactName')}
                      style={{ width: 180 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'email']} noStyle>
                    <Input
                      type="email"
                      aria-label={t('screen.partners.profile.contactEmail')}
                      placeholder={t('screen.partners.profile.contactEmail')}
                      style={{ width: 200 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'phone']} noStyle>
                    <Input
                      aria-label={t('screen.partners.profile.contactPhone')}
                      placeholder={t('screen.partners.profile.contactPhone')}
                      style={{ width: 140 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'role']} noStyle>
                    <Input
                      aria-label={t('screen.partners.profile.contactRole')}
                      placeholder={t('screen.partners.profile.contactRole')}
                      style={{ width: 140 }}
                    />
                  </Form.Item>
                  <Tooltip title={t('screen.partners.profile.removeContact')}>
                    <Button
                      type="text"
                      aria-label={t('screen.partners.profile.removeContact')}
                      icon={<MinusCircleOutlined aria-hidden />}
                      onClick={() => remove(field.name)}
                    />
                  </Tooltip>
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ name: '' })}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('screen.partners.profile.addContact')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item name="notes" label={t('screen.partners.profile.notes')}>
        <Input.TextArea rows={4} />
      </Form.Item>
      {canWrite ? (
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('common.save')}
        </Button>
      ) : null}
    </Form>
  );
}
