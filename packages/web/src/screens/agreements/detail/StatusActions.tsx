/**
 * The agreement's status moves: a draft is activated (or terminated), an active agreement
 * ends or is terminated; ended and terminated are final. Each move asks for confirmation.
 */
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { isApiError, problemMessage } from '../../../api/api-error';
import { api, unwrap } from '../../../api/client';
import type { Agreement, AgreementStatus } from '../../../api/types';
import { useI18n } from '../../../i18n/I18nProvider';

type Target = Exclude<AgreementStatus, 'draft'>;

const MOVES: Readonly<Record<AgreementStatus, readonly Target[]>> = {
  draft: ['active', 'terminated'],
  active: ['ended', 'terminated'],
  ended: [],
  terminated: [],
};

const isAgreement = (value: unknown): value is Agreement =>
  typeof value === 'object' && value !== null && 'code' in value && 'version' in value;

export function StatusActions({
  slug,
  agreement,
  onChanged,
}: {
  readonly slug: string;
  readonly agreement: Agreement;
  readonly onChanged: (agreement: Agreement) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [busy, setBusy] = useState<Target | undefined>();

  const move = async (status: Target) => {
    setBusy(status);
    try {
      const next = await unwrap(
        api.PATCH('/api/workspaces/{slug}/agreements/{id}', {
          params: { path: { slug, id: agreement.id } },
          body: { status, version: agreement.version },
        }),
      );
      void message.success(t(`screen.agreements.moved.${status}`));
      onChanged(next);
    } catch (error) {
      if (isApiError(error) && error.status === 409 && isAgreement(error.problem?.current)) {
        onChanged(error.problem.current);
      }
      void message.error(problemMessage(error, i18n));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <>
      {MOVES[agreement.status].map((status) => (
        <Popconfirm
          key={status}
          title={t(`screen.agreements.confirm.${status}`)}
          okText={t(`screen.agreements.move.${status}`)}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: status === 'terminated' }}
          onConfirm={() => void move(status)}
        >
          <Button
            type={status === 'active' ? 'primary' : 'default'}
            danger={status === 'terminated'}
            loading={busy === status}
            disabled={busy !== undefined && busy !== status}
          >
            {t(`screen.agreements.move.${status}`)}
          </Button>
        </Popconfirm>
      ))}
    </>
  );
}
