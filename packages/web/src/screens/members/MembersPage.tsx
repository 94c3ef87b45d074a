/**
 * Members and invitations. Everyone in the team sees who belongs; an owner invites people
 * (a one-time link to send them; for a partner's contact, the partner it speaks for),
 * revokes pending invitations, changes roles and removes members.
 */
import { Alert, App, Button, Card, Flex, Form, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import type { Role } from '../../api/types';
import { useLoad } from '../../app/use-load';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { PageLayout } from '../../components/PageLayout';
import { PageLoading } from '../../components/PageLoading';
import { fetchPartnerSummaries } from '../../components/use-parties';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentWorkspace } from '../../workspace/WorkspacesProvider';

const ROLES: readonly Role[] = ['viewer', 'editor', 'owner', 'partner'];

interface InviteValues {
  readonly email: string;
  readonly role: Role;
  readonly partner?: string;
}

export default function MembersPage() {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const { message } = App.useApp();
  const { slug, workspace } = useCurrentWorkspace();
  const isOwner = workspace?.role === 'owner';
  const path = { params: { path: { slug } } };
  const loaded = useLoad(
    () =>
      Promise.all([
        unwrap(api.GET('/api/workspaces/{slug}/members', path)),
        isOwner ? unwrap(api.GET('/api/workspaces/{slug}/invitations', path)) : Promise.resolve([]),
        isOwner ? fetchPartnerSummaries(slug) : Promise.resolve([]),
      ]),
    [slug, isOwner],
  );
  const [form] = Form.useForm<InviteValues>();
  const role = Form.useWatch('role', form);
  const [link, setLink] = useState<{ email: string; url: string; expires: string }>();
  const [failure, setFailure] = useState<unknown>();

  const run = async (action: () => Promise<unknown>) => {
    setFailure(undefined);
    try {
      await action();
      loaded.reload();
    } catch (error) {
      setFailure(error);
    }
  };

  const invite = (values: InviteValues) =>
    run(async () => {
      const created = await unwrap(
        api.POST('/api/workspaces/{slug}/invitations', {
          ...path,
          body: {
            email: values.email,
            role: values.role,
            ...(values.role === 'partner' && values.partner ? { partner: values.partner } : {}),
          },
        }),
      );
      setLink({
        email: created.email,
        url: `${window.location.origin}${created.acceptPath}`,
        expires: created.expiresAt,
      });
      form.resetFields();
    });

  if (loaded.status === 'error') return <ErrorPanel error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data === undefined) return <PageLoading />;
  const [members, invitations, partners] = loaded.data;
  const roleLabel = (r: Role) => t(`role.${r}`);

  return (
    <PageLayout title={t('nav.members')} description={t('screen.members.description')}>
      <Flex vertical gap={16}>
        {failure === undefined ? null : (
          <Alert type="error" showIcon role="alert" title={problemMessage(failure, i18n)} />
        )}
        <Card title={t('screen.members.members')}>
          <Table
            rowKey="email"
            pagination={false}
            dataSource={[...members]}
            columns={[
              { title: t('screen.members.email'), dataIndex: 'email' },
              { title: t('screen.members.name'), dataIndex: 'name' },
              {
                title: t('screen.members.role'),
                render: (_, m) =>
                  isOwner && m.role !== 'partner' ? (
                    <Select
                      aria-label={t('common.labelled', {
                        context: m.email,
                        label: t('screen.members.role'),
                      })}
                      value={m.role}
                      style={{ width: 140 }}
                      options={ROLES.filter((r) => r !== 'partner').map((r) => ({
                        value: r,
                        label: roleLabel(r),
                      }))}
                      onChange={(next) =>
                        void run(() =>
                          unwrap(
                            api.PATCH('/api/workspaces/{slug}/members/{email}', {
                              params: { path: { slug, email: m.email } },
                              body: { role: next },
                            }),
                          ),
                        )
                      }
                    />
                  ) : (
                    roleLabel(m.role)
                  ),
              },
              { title: t('screen.members.partner'), render: (_, m) => m.partner ?? '' },
              { title: t('screen.members.since'), render: (_, m) => formatDate(m.since) },
              ...(isOwner
                ? [
                    {
                      title: '',
                      key: 'remove',
                      render: (_: unknown, m: { email: string }) => (
                        <Button
                          danger
                          size="small"
                          onClick={() =>
                            void run(() =>
                              unwrap(
                                api.DELETE('/api/workspaces/{slug}/members/{email}', {
                                  params: { path: { slug, email: m.email } },
                                }),
                              ),
                            )
                          }
                        >
                          {t('screen.members.remove')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
        {isOwner ? (
          <>
            <Card title={t('screen.members.inviteTitle')}>
              <Form
                form={form}
                layout="inline"
                initialValues={{ role: 'viewer' }}
                onFinish={(values) => void invite(values)}
              >
                <Form.Item
                  name="email"
                  label={t('screen.members.email')}
                  rules={[{ required: true }]}
                >
                  <Input type="email" style={{ width: 260 }} />
                </Form.Item>
                <Form.Item name="role" label={t('screen.members.role')}>
                  <Select
                    style={{ width: 180 }}
                    options={ROLES.map((r) => ({ value: r, label: roleLabel(r) }))}
                  />
                </Form.Item>
                {role === 'partner' ? (
                  <Form.Item
                    name="partner"
                    label={t('screen.members.partner')}
                    rules={[{ required: true }]}
                    extra={t('screen.members.partnerHelp')}
                  >
                    <Select
                      showSearch
                      style={{ width: 220 }}
                      options={partners.map((p) => ({ value: p.id, label: p.name || p.id }))}
                    />
                  </Form.Item>
                ) : null}
                <Button type="primary" htmlType="submit">
                  {t('screen.members.invite')}
                </Button>
              </Form>
              {link === undefined ? null : (
                <Alert
                  style={{ marginTop: 16 }}
                  type="success"
                  showIcon
                  title={t('screen.members.invited', {
                    email: link.email,
                    date: formatDate(link.expires),
                  })}
                  description={
                    <Typography.Text copyable={{ onCopy: () => void message.success(link.url) }}>
                      {link.url}
                    </Typography.Text>
                  }
                />
              )}
            </Card>
            <Card title={t('screen.members.invitations')}>
              <Table
                rowKey="id"
                pagination={false}
                locale={{ emptyText: t('screen.members.noInvitations') }}
                dataSource={[...invitations]}
                columns={[
                  { title: t('screen.members.email'), dataIndex: 'email' },
                  { title: t('screen.members.role'), render: (_, i) => roleLabel(i.role) },
                  { title: t('screen.members.partner'), render: (_, i) => i.partner ?? '' },
                  { title: t('screen.members.expires'), render: (_, i) => formatDate(i.expiresAt) },
                  {
                    title: '',
                    key: 'revoke',
                    render: (_, i) => (
                      <Button
                        size="small"
                        onClick={() =>
                          void run(() =>
                            unwrap(
                              api.DELETE('/api/workspaces/{slug}/invitations/{id}', {
                                params: { path: { slug, id: i.id } },
                              }),
                            ),
                          )
                        }
                      >
                        {t('screen.members.revoke')}
                      </Button>
                    ),
                  },
                ]}
              />
            </Card>
          </>
        ) : (
          <Alert type="info" showIcon title={t('screen.members.ownerOnly')} />
        )}
      </Flex>
    </PageLayout>
  );
}
