/**
 * Accepting an invitation (`/accept-invitation#TOKEN`; the token stays in the fragment,
 * so it never reaches a server log). A new person sets a password; someone with an
 * account gives its password, or accepts signed in as the invitee. Then on to the
 * workspace (a partner's contact lands on its portal).
 */
import { Alert, Button, Flex, Input, Layout, Spin, theme } from 'antd';
import { type FormEvent, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { workspacePath } from '../../app/paths';
import { useLoad } from '../../app/use-load';
import { useI18n } from '../../i18n/I18nProvider';
import { passwordMessage } from '../../session/password-message';
import { useSession } from '../../session/SessionProvider';
import { PreferenceSwitches } from '../../shell/PreferenceSwitches';

export default function AcceptInvitationPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { token: theme_ } = theme.useToken();
  const { session, signIn } = useSession();
  const navigate = useNavigate();
  // Read once: navigating away empties the hash while this page is still mounted.
  const [token] = useState(() => window.location.hash.replace(/^#/, ''));
  const invitation = useLoad(
    () =>
      token === ''
        ? Promise.reject(new Error('no invitation token'))
        : unwrap(api.POST('/api/invitations/lookup', { body: { token } })),
    [token],
  );
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const [failure, setFailure] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = `${t('screen.accept.title')} · ${t('app.name')}`;
  }, [t]);

  const signedInAs = session.status === 'signed-in' ? session.user.email : undefined;
  const open = invitation.status === 'done' ? invitation.data : undefined;
  const asInvitee = open !== undefined && signedInAs === open.email;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (open === undefined) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const accepted = await unwrap(
        api.POST('/api/invitations/accept', {
          body: {
            token,
            ...(asInvitee ? {} : { password }),
            ...(name.trim() === '' ? {} : { name: name.trim() }),
          },
        }),
      );
      if (!asInvitee) await signIn(accepted.email, password);
      const home = accepted.role === 'partner' ? 'portal' : undefined;
      void navigate(workspacePath(accepted.workspace.slug, home), { replace: true });
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Flex justify="flex-end" style={{ padding: 16 }}>
        <PreferenceSwitches />
      </Flex>
      <Layout.Content>
        <Flex justify="center" style={{ padding: '48px 16px' }}>
          <div
            style={{
              width: '100%',
              maxWidth: 440,
              padding: 24,
              borderRadius: theme_.borderRadiusLG,
              background: theme_.colorBgContainer,
              border: `1px solid ${theme_.colorBorderSecondary}`,
            }}
          >
            <h1 style={{ fontSize: 24, margin: '0 0 16px' }}>{t('screen.accept.title')}</h1>
            {invitation.status === 'loading' ? <Spin /> : null}
            {invitation.status === 'error' ? (
              <Alert type="error" showIcon role="alert" title={t('screen.accept.invalid')} />
            ) : null}
            {open === undefined ? null : (
              <form onSubmit={(event) => void submit(event)} noValidate>
                <Flex vertical gap={16}>
                  <p style={{ margin: 0 }}>
                    {t('screen.accept.intro', {
                      workspace: open.workspace.name,
                      role: t(`role.${open.role}`),
                      email: open.email,
                    })}
                  </p>
                  {failure === undefined ? null : (
                    <Alert
                      type="error"
                      showIcon
                      role="alert"
                      title={passwordMessage(failure, i18n)}
                    />
                  )}
                  {asInvitee ? null : (
                    <>
                      <label htmlFor="pf-accept-name">{t('screen.accept.name')}</label>
                      <Input
                        id="pf-accept-name"
                        value={name}
                        autoComplete="name"
                        onChange={(e) => setName(e.target.value)}
                      />
                      <label htmlFor="pf-accept-password">{t('screen.accept.password')}</label>
                      <Input.Password
                        id="pf-accept-password"
                        value={password}
                        autoComplete="new-password"
                        aria-describedby="pf-accept-hint"
                        onChange={(e) => setPassword(e.target.value)}
                      />
                      <span id="pf-accept-hint" style={{ color: theme_.colorTextSecondary }}>
                        {t('password.hint')}
                      </span>
                    </>
                  )}
                  <Button type="primary" htmlType="submit" loading={busy} block>
                    {asInvitee
                      ? t('screen.accept.signedIn', { email: open.email })
                      : t('screen.accept.submit')}
                  </Button>
                </Flex>
              </form>
            )}
          </div>
        </Flex>
      </Layout.Content>
    </Layout>
  );
}
