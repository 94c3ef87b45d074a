/**
 * Signing in with email and password (`POST /api/auth/login`), then on to where the
 * visitor was going (`?next=`). This is the first page a visitor downloads, so it uses
 * plain elements coloured from the theme's tokens where Ant Design's Form, Card and
 * Typography would add ~60 kB (gzip); each field's error is tied to it with
 * aria-describedby.
 */
import { Alert, Button, Flex, Input, Layout, theme } from 'antd';
import { type FormEvent, useEffect, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { problemMessage } from '../../api/api-error';
import { useI18n } from '../../i18n/I18nProvider';
import { safeNext } from '../../session/RequireSession';
import { useSession } from '../../session/SessionProvider';
import { PreferenceSwitches } from '../../shell/PreferenceSwitches';

interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly error: string | undefined;
  readonly children: (described: {
    'aria-describedby'?: string;
    'aria-invalid'?: true;
  }) => React.ReactNode;
}

function Field({ id, label, error, children }: FieldProps) {
  const { token } = theme.useToken();
  const errorId = `${id}-error`;
  return (
    <Flex vertical gap={4}>
      <label htmlFor={id} style={{ color: token.colorText, fontWeight: 600 }}>
        {label}
      </label>
      {children(error === undefined ? {} : { 'aria-describedby': errorId, 'aria-invalid': true })}
      {error === undefined ? null : (
        <span id={errorId} style={{ color: token.colorError }}>
          {error}
        </span>
      )}
    </Flex>
  );
}

export default function SignInPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { token } = theme.useToken();
  const { session, signIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  useEffect(() => {
    document.title = `${t('signIn.title')} · ${t('app.name')}`;
  }, [t]);

  if (session.status === 'signed-in' && !busy) return <Navigate to={next} replace />;

  const emailError = checked && email.trim() === '' ? t('signIn.emailRequired') : undefined;
  const passwordError = checked && password === '' ? t('signIn.passwordRequired') : undefined;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (email.trim() === '' || password === '') {
      const first = email.trim() === '' ? 'pf-sign-in-email' : 'pf-sign-in-password';
      document.getElementById(first)?.focus();
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      await signIn(email.trim(), password);
      void navigate(next, { replace: true });
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const expired = session.status === 'signed-out' && session.reason === 'expired';
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
              maxWidth: 400,
              padding: 24,
              borderRadius: token.borderRadiusLG,
              background: token.colorBgContainer,
              border: `1px solid ${token.colorBorderSecondary}`,
            }}
          >
            <form onSubmit={(event) => void submit(event)} noValidate>
              <Flex vertical gap={16}>
                <div>
                  <h1 style={{ fontSize: 24, margin: '0 0 8px', color: token.colorTextHeading }}>
                    {t('signIn.title')}
                  </h1>
                  <p style={{ margin: 0, color: token.colorTextSecondary }}>
                    {t('signIn.subtitle')}
                  </p>
                </div>
                {expired ? <Alert type="info" showIcon title={t('signIn.sessionExpired')} /> : null}
                {failure === undefined ? null : (
                  <Alert type="error" showIcon role="alert" title={problemMessage(failure, i18n)} />
                )}
                <Field id="pf-sign-in-email" label={t('signIn.email')} error={emailError}>
                  {(described) => (
                    <Input
                      id="pf-sign-in-email"
                      name="email"
                      type="email"
                      autoComplete="username"
                      autoFocus
                      value={email}
                      disabled={busy}
                      status={emailError === undefined ? '' : 'error'}
                      onChange={(event) => setEmail(event.target.value)}
                      {...described}
                    />
                  )}
                </Field>
                <Field id="pf-sign-in-password" label={t('signIn.password')} error={passwordError}>
                  {(described) => (
                    <Input.Password
                      id="pf-sign-in-password"
                      name="password"
                      autoComplete="current-password"
                      value={password}
                      disabled={busy}
                      status={passwordError === undefined ? '' : 'error'}
                      onChange={(event) => setPassword(event.target.value)}
                      {...described}
                    />
                  )}
                </Field>
                <Button type="primary" htmlType="submit" block loading={busy}>
                  {t('signIn.submit')}
                </Button>
                <p style={{ margin: 0, fontSize: 12, color: token.colorTextSecondary }}>
                  {t('signIn.noAccount')}
                </p>
              </Flex>
            </form>
          </div>
        </Flex>
      </Layout.Content>
    </Layout>
  );
}
