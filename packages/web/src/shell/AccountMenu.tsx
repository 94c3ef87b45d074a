/** Who is signed in, and signing out. */
import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useSession, useUser } from '../session/SessionProvider';
import { ChangePasswordModal } from './ChangePasswordModal';

export function AccountMenu() {
  const { t } = useI18n();
  const user = useUser();
  const { signOut } = useSession();
  const screens = Grid.useBreakpoint();
  const [leaving, setLeaving] = useState(false);
  const [changing, setChanging] = useState(false);

  // Signed out, `RequireSession` sends this page to /sign-in.
  const leave = () => {
    setLeaving(true);
    void signOut();
  };

  return (
    <Flex gap={8} align="center">
      {screens.lg ? (
        <Typography.Text type="secondary" title={t('shell.account', { email: user.email })}>
          <UserOutlined aria-hidden /> {user.name || user.email}
        </Typography.Text>
      ) : null}
      <Button icon={<KeyOutlined />} onClick={() => setChanging(true)}>
        {t('shell.changePassword')}
      </Button>
      <ChangePasswordModal open={changing} onClose={() => setChanging(false)} />
      <Button icon={<LogoutOutlined />} loading={leaving} onClick={leave}>
        {leaving ? t('shell.signingOut') : t('shell.signOut')}
      </Button>
    </Flex>
  );
}
