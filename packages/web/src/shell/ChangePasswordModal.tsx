/**
 * Changing one's password (`POST /api/auth/password`): every other session and every API
 * token of the account ends; this browser gets a new session (and CSRF token).
 */
import { Alert, App, Flex, Input, Modal } from 'antd';
import { useState } from 'react';
import { api, browserApi, unwrap } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { passwordMessage } from '../session/password-message';

export function ChangePasswordModal({
  open,
  onClose,
}: {
  readonly open: boolean;
  readonly onClose: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [failure, setFailure] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const answer = await unwrap(
        api.POST('/api/auth/password', { body: { currentPassword: current, newPassword: next } }),
      );
      browserApi.setCsrfToken(answer.csrfToken);
      void message.success(t('screen.password.done'));
      setCurrent('');
      setNext('');
      onClose();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('screen.password.title')}
      okText={t('screen.password.submit')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Flex vertical gap={8}>
        {failure === undefined ? null : (
          <Alert type="error" showIcon role="alert" title={passwordMessage(failure, i18n)} />
        )}
        <label htmlFor="pf-password-current">{t('screen.password.current')}</label>
        <Input.Password
          id="pf-password-current"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
        <label htmlFor="pf-password-new">{t('screen.password.new')}</label>
        <Input.Password
          id="pf-password-new"
          autoComplete="new-password"
          value={next}
          onChange={(e) => setNext(e.target.value)}
        />
        <span>{t('password.hint')}</span>
      </Flex>
    </Modal>
  );
}
